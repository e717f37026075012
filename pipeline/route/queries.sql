-- The route stage's queries. It reads the schedule, the user's config and the weather's travel
-- conditions, and writes only route_plans.

-- name: schedule_data_get_for_route
-- A schedule with what its plan needs from the user's config.
SELECT s.id, s.user_id, s.version, s.status, s.shooting_date, s.call_time, s.location,
       s.base_location, s.needs_equipment_pickup,
       c.home_address, c.equipment_house_address, c.buffer_car_change, c.buffer_parking,
       c.buffer_entry, c.buffer_traffic, c.buffer_morning_routine, c.timezone AS user_timezone
  FROM schedule_data s
  JOIN user_configs c ON c.user_id = s.user_id
 WHERE s.id = %(schedule_id)s;

-- name: schedule_data_get_version
-- The schedule's current version and status (rechecked just before writing).
SELECT version, status FROM schedule_data WHERE id = %(schedule_id)s;

-- name: weather_data_get_travel_conditions
-- The weather stage's travel-time conditions (rain, snow, fog) for the schedule, if any.
SELECT schedule_version, revision, status, shooting_assessment -> 'travel' AS travel
  FROM weather_data
 WHERE schedule_id = %(schedule_id)s;

-- name: route_plans_lock
-- Serialises the plan writes of one schedule (two deliveries at once, or a replan).
SELECT pg_advisory_xact_lock(hashtextextended('route_plans:' || %(schedule_id)s::text, 0));

-- name: route_plans_get
-- The schedule's current plan.
SELECT * FROM route_plans WHERE schedule_id = %(schedule_id)s;

-- name: route_plans_insert
-- A first plan for the schedule (emits route_planned).
INSERT INTO route_plans (user_id, schedule_id, schedule_version, revision, wake_up_time,
                         departure_time, arrival_time, total_travel_minutes, route_segments,
                         buffers, traffic_info, provider, timezone, warnings, confidence_score,
                         weather_revision)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(revision)s, %(wake_up_time)s,
        %(departure_time)s, %(arrival_time)s, %(total_travel_minutes)s, %(route_segments)s,
        %(buffers)s, %(traffic_info)s, %(provider)s, %(timezone)s, %(warnings)s,
        %(confidence_score)s, %(weather_revision)s)
RETURNING *;

-- name: route_plans_update
-- The recomputed plan replaces the old one (a new revision emits route_planned again).
UPDATE route_plans
   SET schedule_version = %(schedule_version)s, revision = %(revision)s,
       wake_up_time = %(wake_up_time)s, departure_time = %(departure_time)s,
       arrival_time = %(arrival_time)s, total_travel_minutes = %(total_travel_minutes)s,
       route_segments = %(route_segments)s, buffers = %(buffers)s,
       traffic_info = %(traffic_info)s, provider = %(provider)s, timezone = %(timezone)s,
       warnings = %(warnings)s, confidence_score = %(confidence_score)s,
       weather_revision = %(weather_revision)s, calculated_at = now()
 WHERE schedule_id = %(schedule_id)s
RETURNING *;

-- name: route_plans_update_weather
-- The plan carries a new weather revision that moves no buffer: same times, a new revision
-- (route_planned again, so the calendar and the summary show the new forecast).
UPDATE route_plans
   SET revision = revision + 1, weather_revision = %(weather_revision)s
 WHERE schedule_id = %(schedule_id)s
RETURNING *;

-- name: schedule_data_get_owner
-- Whose schedule this is and its version (the CLI plans on request).
SELECT user_id, version FROM schedule_data WHERE id = %(schedule_id)s;

-- name: status_counts
-- The stage's rows (a plan has no status: all are planned).
SELECT 'route' AS stage, 'route_plans' AS tbl, 'planned' AS status, count(*) AS n
  FROM route_plans HAVING count(*) > 0;

-- name: status_recent_failures
-- Legs measured by the offline estimate because their provider failed (the plan is a guess).
SELECT 'route' AS stage, r.id AS subject_id, w ->> 'message' AS message, r.updated_at AS at
  FROM route_plans r CROSS JOIN LATERAL jsonb_array_elements(r.warnings) w
 WHERE w ->> 'code' = 'provider_fallback'
 ORDER BY r.updated_at DESC LIMIT %(limit)s;

-- name: demo_route_plans
-- The demo user's route plans.
SELECT r.* FROM route_plans r JOIN users u ON u.id = r.user_id WHERE u.email = %(email)s;

-- name: dashboard_day
-- A schedule's route plan, its times in the set's zone (the dashboard's day view).
SELECT schedule_version, revision,
       to_char(wake_up_time AT TIME ZONE timezone, 'YYYY-MM-DD HH24:MI') AS wake_up,
       to_char(departure_time AT TIME ZONE timezone, 'YYYY-MM-DD HH24:MI') AS leave,
       to_char(arrival_time AT TIME ZONE timezone, 'YYYY-MM-DD HH24:MI') AS arrive,
       timezone, total_travel_minutes, provider,
       (SELECT string_agg(w, '; ') FROM jsonb_array_elements_text(warnings) w) AS warnings
FROM route_plans WHERE schedule_id = %(schedule_id)s
ORDER BY schedule_version DESC, revision DESC;
