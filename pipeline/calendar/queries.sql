-- The calendar stage's queries. It writes calendar_events only; it reads the schedule, its route
-- plan and weather, the user's configuration and whether they have a Google grant.

-- name: calendar_schedule_get
-- A schedule with its user's language and whether they have a usable Google grant.
SELECT s.*, coalesce(c.language, 'en') AS language,
       EXISTS (SELECT 1 FROM oauth_tokens t
                WHERE t.user_id = s.user_id AND t.provider = 'google' AND t.status = 'active'
                  AND 'https://www.googleapis.com/auth/calendar.events' = ANY (t.scopes)
              ) AS has_google
FROM schedule_data s LEFT JOIN user_configs c ON c.user_id = s.user_id
WHERE s.id = %(schedule_id)s;

-- name: calendar_route_plan_get
-- The route plan of a schedule (any version; the caller compares).
SELECT * FROM route_plans WHERE schedule_id = %(schedule_id)s;

-- name: calendar_weather_get
-- The weather record of a schedule (any version; the caller compares).
SELECT * FROM weather_data WHERE schedule_id = %(schedule_id)s;

-- name: calendar_events_get
-- The calendar event of a schedule.
SELECT * FROM calendar_events WHERE schedule_id = %(schedule_id)s;

-- name: calendar_events_get_for_update
-- The calendar event of a schedule, locked.
SELECT * FROM calendar_events WHERE schedule_id = %(schedule_id)s FOR UPDATE;

-- name: calendar_events_upsert_pending
-- Record the event about to be written (a new version, new content, or active again).
INSERT INTO calendar_events (user_id, schedule_id, schedule_version, provider, calendar_event_id,
                             title, start_time, end_time, description, location, reminders,
                             status, sync_status)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(provider)s, %(calendar_event_id)s,
        %(title)s, %(start_time)s, %(end_time)s, %(description)s, %(location)s, %(reminders)s,
        'active', 'pending')
ON CONFLICT (schedule_id) DO UPDATE
SET schedule_version = EXCLUDED.schedule_version, provider = EXCLUDED.provider,
    title = EXCLUDED.title, start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time,
    description = EXCLUDED.description, location = EXCLUDED.location,
    reminders = EXCLUDED.reminders, status = 'active', sync_status = 'pending'
RETURNING *;

-- name: calendar_events_mark_synced
-- The calendar holds the event as recorded.
UPDATE calendar_events
SET sync_status = 'synced', etag = %(etag)s, remote_updated = %(remote_updated)s,
    content_hash = %(content_hash)s, sequence = %(sequence)s, last_error = NULL,
    last_sync_at = now()
WHERE id = %(id)s;

-- name: calendar_events_mark_failed
-- Writing failed (error) or a person must decide (conflict); the reason is kept.
UPDATE calendar_events
SET sync_status = %(sync_status)s, last_error = %(last_error)s, last_sync_at = now(),
    content_hash = coalesce(%(content_hash)s, content_hash)
WHERE id = %(id)s;

-- name: calendar_events_mark_cancelled
-- The event was cancelled in the calendar.
UPDATE calendar_events
SET status = 'cancelled', sequence = %(sequence)s, remote_updated = %(remote_updated)s,
    last_error = NULL, last_sync_at = now()
WHERE id = %(id)s;

-- name: calendar_set_lock_timeout
-- How long the lock connection waits for a schedule's lock (milliseconds, as text).
SELECT set_config('lock_timeout', %(ms)s, false);

-- name: calendar_events_lock_schedule
-- Serialise the syncs of one schedule (session lock, held across the calendar call).
SELECT pg_advisory_lock(hashtextextended('calendar:' || %(schedule_id)s::text, 0));

-- name: calendar_events_unlock_schedule
-- Release the schedule's sync lock.
SELECT pg_advisory_unlock(hashtextextended('calendar:' || %(schedule_id)s::text, 0));

-- name: calendar_events_complete_past
-- Shooting days that have ended (wrap passed a day ago) move to completed (calendar_completed).
WITH done AS (
    SELECT id FROM calendar_events
    WHERE status = 'active' AND end_time < now() - %(grace)s
    ORDER BY end_time
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED)
UPDATE calendar_events SET status = 'completed' WHERE id IN (SELECT id FROM done);

-- name: status_counts
-- The stage's rows by sync status (stillontime status, metrics).
SELECT 'calendar' AS stage, 'calendar_events' AS tbl, sync_status AS status, count(*) AS n
  FROM calendar_events GROUP BY sync_status;

-- name: status_recent_failures
-- The latest events that could not be written.
SELECT 'calendar' AS stage, id AS subject_id, last_error AS message, updated_at AS at
  FROM calendar_events WHERE sync_status = 'error'
 ORDER BY updated_at DESC LIMIT %(limit)s;

-- name: demo_calendar_events
-- The demo user's calendar events.
SELECT c.* FROM calendar_events c JOIN users u ON u.id = c.user_id WHERE u.email = %(email)s;

-- name: dashboard_day
-- A schedule's calendar event (the dashboard's day view).
SELECT schedule_version, provider, title, start_time, end_time, location, status, sync_status,
       last_error
FROM calendar_events WHERE schedule_id = %(schedule_id)s
ORDER BY schedule_version DESC, created_at DESC;
