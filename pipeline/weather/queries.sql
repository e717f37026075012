-- The weather stage's queries. It reads the schedule and the user's time zone and writes only
-- weather_data.

-- name: schedule_data_get_for_weather
-- A schedule with what its forecast needs.
SELECT s.id, s.user_id, s.version, s.status, s.shooting_date, s.call_time, s.location,
       s.scene_type, c.timezone AS user_timezone
  FROM schedule_data s
  JOIN user_configs c ON c.user_id = s.user_id
 WHERE s.id = %(schedule_id)s;

-- name: schedule_data_get_version
-- The schedule's current version and status (rechecked just before writing).
SELECT version, status FROM schedule_data WHERE id = %(schedule_id)s;

-- name: weather_data_lock
-- Serialises the weather writes of one schedule (two deliveries, or a delivery and a refresh).
SELECT pg_advisory_xact_lock(hashtextextended('weather_data:' || %(schedule_id)s::text, 0));

-- name: weather_data_get
-- The schedule's current weather record.
SELECT * FROM weather_data WHERE schedule_id = %(schedule_id)s;

-- name: weather_data_insert
-- A first weather record for the schedule (emits weather_assessed).
INSERT INTO weather_data (user_id, schedule_id, schedule_version, revision, status, provider,
                          forecast_date, location, coordinates, temperature, description,
                          wind_speed, wind_direction, precipitation, humidity, visibility,
                          uv_index, air_pressure, weather_code, warnings, shooting_assessment,
                          forecast_data, error, fetched_at, expires_at)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(revision)s, %(status)s,
        %(provider)s, %(forecast_date)s, %(location)s,
        point(%(lon)s::float8, %(lat)s::float8), %(temperature)s, %(description)s,
        %(wind_speed)s, %(wind_direction)s, %(precipitation)s, %(humidity)s, %(visibility)s,
        %(uv_index)s, %(air_pressure)s, %(weather_code)s, %(warnings)s,
        %(shooting_assessment)s, %(forecast_data)s, %(error)s, %(fetched_at)s, %(expires_at)s)
RETURNING *;

-- name: weather_data_update
-- The record replaced by a new fetch (a new version or revision emits weather_assessed again).
UPDATE weather_data
   SET schedule_version = %(schedule_version)s, revision = %(revision)s, status = %(status)s,
       provider = %(provider)s, forecast_date = %(forecast_date)s, location = %(location)s,
       coordinates = point(%(lon)s::float8, %(lat)s::float8), temperature = %(temperature)s,
       description = %(description)s, wind_speed = %(wind_speed)s,
       wind_direction = %(wind_direction)s, precipitation = %(precipitation)s,
       humidity = %(humidity)s, visibility = %(visibility)s, uv_index = %(uv_index)s,
       air_pressure = %(air_pressure)s, weather_code = %(weather_code)s,
       warnings = %(warnings)s, shooting_assessment = %(shooting_assessment)s,
       forecast_data = %(forecast_data)s, error = %(error)s, fetched_at = %(fetched_at)s,
       expires_at = %(expires_at)s
 WHERE schedule_id = %(schedule_id)s
RETURNING *;

-- name: weather_data_list_for_refresh
-- Records of active schedules from yesterday to the providers' horizon, made for the current
-- version, with what decides whether they are due.
SELECT w.schedule_id, w.user_id, w.status, w.fetched_at, s.shooting_date, s.call_time,
       coalesce(w.forecast_data ->> 'timezone', c.timezone) AS timezone
  FROM weather_data w
  JOIN schedule_data s ON s.id = w.schedule_id AND s.version = w.schedule_version
  JOIN user_configs c ON c.user_id = w.user_id
 WHERE s.status IN ('confirmed', 'modified')
   AND s.shooting_date BETWEEN current_date - 1 AND current_date + 17
 ORDER BY s.shooting_date, w.fetched_at
 LIMIT %(limit)s;

-- name: status_counts
-- The stage's rows by status (stillontime status, metrics).
SELECT 'weather' AS stage, 'weather_data' AS tbl, status, count(*) AS n
  FROM weather_data GROUP BY status;

-- name: status_recent_failures
-- The latest forecasts that failed.
SELECT 'weather' AS stage, id AS subject_id, error AS message, updated_at AS at
  FROM weather_data WHERE status = 'failed'
 ORDER BY updated_at DESC LIMIT %(limit)s;

-- name: demo_weather
-- The demo user's weather records.
SELECT w.* FROM weather_data w JOIN users u ON u.id = w.user_id WHERE u.email = %(email)s;

-- name: dashboard_day
-- A schedule's weather record (the dashboard's day view).
SELECT schedule_version, revision, status, provider, forecast_date, location, temperature,
       description, wind_speed, precipitation,
       (SELECT string_agg(w, '; ') FROM jsonb_array_elements_text(warnings) w) AS warnings, error
FROM weather_data WHERE schedule_id = %(schedule_id)s
ORDER BY schedule_version DESC, revision DESC;
