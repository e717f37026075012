-- The notify stage's queries. It writes summaries, notifications and notification_channels;
-- it reads the schedule (and its versions), the route plan, weather, calendar event and the
-- user's configuration.

-- name: notify_lock_schedule
-- Serialise notify's work on one schedule for the rest of the transaction.
SELECT pg_advisory_xact_lock(hashtextextended('notify:' || %(schedule_id)s::text, 0));

-- name: notify_schedule_get
-- A schedule with its user's language, time zone and evening-summary time.
SELECT s.*, coalesce(c.language, 'en') AS language, coalesce(c.timezone, 'UTC') AS user_timezone,
       coalesce(c.evening_summary_time, '20:00') AS evening_summary_time
FROM schedule_data s LEFT JOIN user_configs c ON c.user_id = s.user_id
WHERE s.id = %(schedule_id)s;

-- name: notify_route_plan_get
-- The route plan of a schedule.
SELECT * FROM route_plans WHERE schedule_id = %(schedule_id)s;

-- name: notify_weather_get
-- The weather record of a schedule.
SELECT * FROM weather_data WHERE schedule_id = %(schedule_id)s;

-- name: notify_calendar_event_get
-- The calendar event of a schedule.
SELECT * FROM calendar_events WHERE schedule_id = %(schedule_id)s;

-- name: summaries_get
-- The summary of a schedule.
SELECT * FROM summaries WHERE schedule_id = %(schedule_id)s;

-- name: summaries_upsert
-- Store the summary of a schedule version (one row per schedule; a revision replaces it).
INSERT INTO summaries (user_id, schedule_id, schedule_version, language, content, html_content,
                       timeline, weather_summary, warnings, route_revision, weather_revision,
                       changes, generated_at)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(language)s, %(content)s,
        %(html_content)s, %(timeline)s, %(weather_summary)s, %(warnings)s, %(route_revision)s,
        %(weather_revision)s, %(changes)s, %(now)s)
ON CONFLICT (schedule_id) DO UPDATE
SET schedule_version = EXCLUDED.schedule_version, language = EXCLUDED.language,
    content = EXCLUDED.content, html_content = EXCLUDED.html_content,
    timeline = EXCLUDED.timeline, weather_summary = EXCLUDED.weather_summary,
    warnings = EXCLUDED.warnings, route_revision = EXCLUDED.route_revision,
    weather_revision = EXCLUDED.weather_revision, changes = EXCLUDED.changes,
    generated_at = EXCLUDED.generated_at;

-- name: notification_channels_list_enabled
-- A user's enabled channels.
SELECT name, kind FROM notification_channels
WHERE user_id = %(user_id)s AND enabled ORDER BY name;

-- name: notification_channels_list
-- A user's channels (the URL only as its redacted hint).
SELECT id, name, kind, url_hint, enabled, key_id, created_at FROM notification_channels
WHERE user_id = %(user_id)s ORDER BY name;

-- name: notification_channels_get
-- One channel of a user, with its encrypted URL.
SELECT * FROM notification_channels WHERE user_id = %(user_id)s AND name = %(name)s;

-- name: notification_channels_upsert
-- Add a channel, or replace the URL of one with that name.
INSERT INTO notification_channels (user_id, name, kind, url_encrypted, key_id, url_hint)
VALUES (%(user_id)s, %(name)s, %(kind)s, %(url_encrypted)s, %(key_id)s, %(url_hint)s)
ON CONFLICT (user_id, name) DO UPDATE
SET kind = EXCLUDED.kind, url_encrypted = EXCLUDED.url_encrypted, key_id = EXCLUDED.key_id,
    url_hint = EXCLUDED.url_hint, enabled = true
RETURNING id;

-- name: notification_channels_delete
-- Remove a channel of a user.
DELETE FROM notification_channels WHERE user_id = %(user_id)s AND name = %(name)s;

-- name: notifications_insert
-- A notification, once per (user, idempotency key); a pending scheduled one takes the new time
-- and text (a route recomputed for the same version).
INSERT INTO notifications (user_id, schedule_id, schedule_version, channel, channel_name,
                           template, idempotency_key, subject, message, data, scheduled_for)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(channel)s, %(channel_name)s,
        %(template)s, %(idempotency_key)s, %(subject)s, %(message)s, %(data)s, %(scheduled_for)s)
ON CONFLICT (user_id, idempotency_key) DO UPDATE
SET scheduled_for = EXCLUDED.scheduled_for, subject = EXCLUDED.subject,
    message = EXCLUDED.message, data = EXCLUDED.data
WHERE notifications.status = 'pending' AND notifications.scheduled_for IS NOT NULL
  AND notifications.scheduled_for IS DISTINCT FROM EXCLUDED.scheduled_for
RETURNING id;

-- name: notifications_cancel_stale
-- Cancel a schedule's unsent notifications of older versions (or all, for a cancelled day),
-- but never the notice that the day is cancelled (a repeated message must not stop it).
UPDATE notifications SET status = 'cancelled', next_attempt_at = NULL
WHERE schedule_id = %(schedule_id)s AND status IN ('pending', 'failed')
  AND template <> 'schedule_cancelled'
  AND (%(below_version)s::integer IS NULL OR schedule_version < %(below_version)s)
  AND (%(only_scheduled)s::boolean IS NOT TRUE OR scheduled_for IS NOT NULL);

-- name: notifications_claim_one
-- Claim one notification if it is due (pending and due, or failed and due for a retry).
UPDATE notifications
SET status = 'processing', delivery_attempts = delivery_attempts + 1
WHERE id = %(id)s
  AND ((status = 'pending' AND coalesce(scheduled_for, created_at) <= %(now)s)
       OR (status = 'failed' AND next_attempt_at <= %(now)s AND retry_count < max_retries))
RETURNING *;

-- name: notifications_claim_due
-- Claim a batch of due notifications; concurrent senders skip each other's rows.
WITH due AS (
    SELECT id FROM notifications
     WHERE (status = 'pending' AND coalesce(scheduled_for, created_at) <= %(now)s)
        OR (status = 'failed' AND next_attempt_at <= %(now)s AND retry_count < max_retries)
     ORDER BY coalesce(next_attempt_at, scheduled_for, created_at), id
     LIMIT %(limit)s
       FOR UPDATE SKIP LOCKED)
UPDATE notifications n
SET status = 'processing', delivery_attempts = n.delivery_attempts + 1
FROM due WHERE n.id = due.id
RETURNING n.*;

-- name: notifications_mark_sent
-- The channel took the notification.
UPDATE notifications
SET status = 'sent', sent_at = %(now)s, external_id = %(external_id)s, error = NULL,
    next_attempt_at = NULL
WHERE id = %(id)s AND status = 'processing';

-- name: notifications_mark_failed
-- Sending failed; it is tried again at next_attempt_at (NULL: no more tries).
UPDATE notifications
SET status = 'failed', error = %(error)s, retry_count = retry_count + 1,
    next_attempt_at = %(next_attempt_at)s
WHERE id = %(id)s AND status = 'processing';

-- name: notifications_release_stale
-- Sends interrupted (a worker died mid-send): failed, to be tried again now. Measured on the
-- database's clock, which stamped updated_at when the row was claimed.
UPDATE notifications
SET status = 'failed', error = 'interrupted while sending', retry_count = retry_count + 1,
    next_attempt_at = %(now)s
WHERE status = 'processing' AND updated_at < clock_timestamp() - %(stale_after)s
RETURNING id;

-- name: notifications_list
-- A user's (or everyone's) recent notifications.
SELECT n.id, u.email, n.schedule_id, n.schedule_version, n.template, n.channel, n.channel_name,
       n.status, n.scheduled_for, n.sent_at, n.delivery_attempts, n.retry_count,
       n.next_attempt_at, n.error, n.subject, n.created_at
FROM notifications n JOIN users u ON u.id = n.user_id
WHERE (%(user_id)s::uuid IS NULL OR n.user_id = %(user_id)s)
  AND (%(status)s::text IS NULL OR n.status = %(status)s)
ORDER BY n.created_at DESC, n.id
LIMIT %(limit)s;

-- name: notify_schedules_with_errors
-- Schedules whose stage message ended in the dead letters, not yet told to their user.
SELECT s.id, s.user_id, s.version, s.production, s.shooting_date, s.last_error,
       s.last_error_stage, coalesce(c.language, 'en') AS language
FROM schedule_data s LEFT JOIN user_configs c ON c.user_id = s.user_id
WHERE s.last_error IS NOT NULL AND s.last_error_at > %(now)s - interval '2 days'
  AND NOT EXISTS (SELECT 1 FROM notifications n
                   WHERE n.schedule_id = s.id AND n.schedule_version = s.version
                     AND n.template = 'processing_error')
LIMIT %(limit)s;

-- name: notification_channels_list_for_rotation
-- Every channel URL, locked, for re-encryption under the current key.
SELECT id, url_encrypted, key_id FROM notification_channels
WHERE url_encrypted IS NOT NULL ORDER BY id FOR UPDATE;

-- name: notification_channels_update_ciphertext
-- Store a channel URL re-encrypted under another key.
UPDATE notification_channels SET url_encrypted = %(url_encrypted)s, key_id = %(key_id)s
WHERE id = %(id)s;

-- name: notifications_prune
-- Drop notifications that are finished (sent, delivered, failed or cancelled) and old.
WITH doomed AS (
    SELECT id FROM notifications
     WHERE status IN ('sent', 'delivered', 'failed', 'cancelled')
       AND coalesce(sent_at, updated_at) < now() - %(age)s
     ORDER BY id
     LIMIT %(limit)s
       FOR UPDATE SKIP LOCKED)
DELETE FROM notifications WHERE id IN (SELECT id FROM doomed);

-- name: status_counts
-- The stage's rows by status (stillontime status, metrics).
SELECT 'notify' AS stage, 'notifications' AS tbl, status, count(*) AS n
  FROM notifications GROUP BY status;

-- name: status_recent_failures
-- The latest notifications that could not be sent.
SELECT 'notify' AS stage, id AS subject_id, error AS message, updated_at AS at
  FROM notifications WHERE status = 'failed'
 ORDER BY updated_at DESC LIMIT %(limit)s;

-- name: demo_summaries
-- The demo user's summaries.
SELECT m.* FROM summaries m JOIN users u ON u.id = m.user_id WHERE u.email = %(email)s;

-- name: demo_notifications
-- The demo user's notifications.
SELECT n.* FROM notifications n JOIN users u ON u.id = n.user_id
WHERE u.email = %(email)s ORDER BY n.created_at;

-- name: notify_google_grant
-- Whether the user's Google grant may send mail from their Gmail (the review loop's channel).
SELECT status, scopes FROM oauth_tokens WHERE user_id = %(user_id)s AND provider = 'google';

-- name: notify_review_task_get
-- The open review of a schedule version: the fields the reader doubts.
SELECT * FROM review_tasks
WHERE schedule_id = %(schedule_id)s AND status = 'open' AND schedule_version = %(version)s;

-- name: notify_unreadable_get
-- An email that ended without a day, and why (the extract stage's record), with its envelope.
SELECT u.id, u.user_id, u.email_id, u.kind, u.reason, e.subject, e.sender, e.received_at
FROM unreadable_emails u JOIN processed_emails e ON e.id = u.email_id
WHERE u.id = %(id)s;

-- name: notify_answer_get
-- How the extract stage answered a reply, with the reply's thread and headers.
SELECT a.*, r.subject AS reply_subject, r.thread_id, r.rfc_message_id AS reply_rfc_id,
       t.rfc_message_id AS our_rfc_id
FROM review_answers a
JOIN review_replies r ON r.id = a.reply_id
LEFT JOIN reply_threads t ON t.id = r.reply_thread_id
WHERE a.id = %(id)s;

-- name: dashboard_day_summary
-- A schedule's latest summary, as text (the dashboard's day view; never its HTML).
SELECT schedule_version, generated_at, content
FROM summaries WHERE schedule_id = %(schedule_id)s
ORDER BY schedule_version DESC, generated_at DESC
LIMIT 1;

-- name: dashboard_day_notifications
-- A schedule's notifications, newest first (the dashboard's day view).
SELECT schedule_version, template, channel, status, subject, scheduled_for, sent_at, error
FROM notifications WHERE schedule_id = %(schedule_id)s
ORDER BY created_at DESC
LIMIT 50;

-- name: doctor_channels
-- Every live user and their channels, encrypted URLs included (stillontime doctor); a user
-- without any has one row of nulls.
SELECT u.email, c.name, c.kind, c.enabled, c.url_encrypted, c.url_hint
FROM users u
LEFT JOIN notification_channels c ON c.user_id = u.id
WHERE u.deleted_at IS NULL
ORDER BY u.email, c.name;
