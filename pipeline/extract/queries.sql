-- The extract stage's queries. It writes schedule_data, schedule versions (by trigger),
-- review_tasks, contacts and extract_cache, and moves processed_emails through processing.

-- name: processed_emails_get_for_update
-- The email an event is about, locked while this worker handles it; its date and the user's
-- zone feed the reader's sanity checks.
SELECT e.id, e.user_id, e.processing_status, e.subject, e.sender, e.received_at,
       c.auto_confirm_threshold, c.timezone
FROM processed_emails e JOIN user_configs c ON c.user_id = e.user_id
WHERE e.id = %(email_id)s
FOR UPDATE OF e;

-- name: processed_emails_claim
-- Start (or restart) processing.
UPDATE processed_emails
SET processing_status = 'processing', processing_started_at = now(), error = NULL
WHERE id = %(email_id)s AND processing_status IN ('pending', 'failed');

-- name: processed_emails_finish
-- End processing: completed, skipped (with a reason) or error (with a message).
UPDATE processed_emails
SET processing_status = %(status)s, processing_completed_at = now(),
    skip_reason = %(skip_reason)s, error = %(error)s
WHERE id = %(email_id)s AND processing_status = 'processing';

-- name: processed_emails_mark_failed
-- A retryable failure; the worker will try again.
UPDATE processed_emails
SET processing_status = 'failed', error = %(error)s, retry_count = retry_count + 1
WHERE id = %(email_id)s AND processing_status = 'processing';

-- name: documents_list_for_email
-- The PDFs an email brought, each with the user's cached reading by this extractor version
-- (null if none): one query where a cache lookup per PDF took a transaction each.
SELECT d.id, d.user_id, d.filename, d.sha256, d.content, c.result AS cached
FROM documents d
LEFT JOIN extract_cache c
       ON c.user_id = d.user_id AND c.sha256 = d.sha256
      AND c.extractor_version = %(extractor_version)s
WHERE d.email_id = %(email_id)s ORDER BY d.created_at, d.filename;

-- name: extract_cache_get
-- The user's cached reading of this PDF by this extractor version.
SELECT result FROM extract_cache
WHERE user_id = %(user_id)s AND sha256 = %(sha256)s
  AND extractor_version = %(extractor_version)s;

-- name: extract_cache_put
-- Keep a reading for the next time this user gets the same PDF (per user since db/0019: one
-- user's worker can never read or poison another's).
INSERT INTO extract_cache (user_id, sha256, extractor_version, result)
VALUES (%(user_id)s, %(sha256)s, %(extractor_version)s, %(result)s)
ON CONFLICT DO NOTHING;

-- name: schedule_data_find_for_update
-- The user's schedule for this production and date, locked.
SELECT * FROM schedule_data
WHERE user_id = %(user_id)s
  AND production_key = lower(regexp_replace(btrim(coalesce(%(production)s, '')), '\s+', ' ', 'g'))
  AND shooting_date = %(shooting_date)s
FOR UPDATE;

-- name: schedule_data_get_for_update
-- One schedule, locked.
SELECT * FROM schedule_data WHERE id = %(schedule_id)s FOR UPDATE;

-- name: schedule_data_insert
-- A schedule read from a sheet for the first time.
INSERT INTO schedule_data (
    user_id, email_id, document_id, document_type, production, shooting_day, shooting_date,
    call_time, location, locations, base_location, hospital, sunrise, sunset, scene_type,
    scenes, cast_calls, equipment, contacts, safety_notes, notes, status, confidence_score,
    field_confidence, warnings, learnt_fields)
VALUES (
    %(user_id)s, %(email_id)s, %(document_id)s, %(document_type)s, %(production)s,
    %(shooting_day)s, %(shooting_date)s, %(call_time)s, %(location)s, %(locations)s,
    %(base_location)s, %(hospital)s, %(sunrise)s, %(sunset)s, %(scene_type)s, %(scenes)s,
    %(cast_calls)s, %(equipment)s, %(contacts)s, %(safety_notes)s, %(notes)s, %(status)s,
    %(confidence_score)s, %(field_confidence)s, %(warnings)s, %(learnt_fields)s)
RETURNING *;

-- name: schedule_data_new_version
-- A revised sheet (or a person's correction): the next version, with its status.
UPDATE schedule_data SET
    email_id = coalesce(%(email_id)s, email_id), document_id = coalesce(%(document_id)s, document_id),
    document_type = %(document_type)s, production = %(production)s,
    shooting_day = %(shooting_day)s, shooting_date = %(shooting_date)s,
    call_time = %(call_time)s, location = %(location)s, locations = %(locations)s,
    base_location = %(base_location)s, hospital = %(hospital)s, sunrise = %(sunrise)s,
    sunset = %(sunset)s, scene_type = %(scene_type)s, scenes = %(scenes)s,
    cast_calls = %(cast_calls)s, equipment = %(equipment)s, contacts = %(contacts)s,
    safety_notes = %(safety_notes)s, notes = %(notes)s, status = %(status)s,
    confidence_score = %(confidence_score)s, field_confidence = %(field_confidence)s,
    warnings = %(warnings)s, learnt_fields = %(learnt_fields)s, version = version + 1
WHERE id = %(schedule_id)s AND version = %(version)s
RETURNING *;

-- name: schedule_data_set_status
-- Confirm or cancel; confirming records the version confirmed.
UPDATE schedule_data
SET status = %(status)s::text,
    confirmed_version = CASE WHEN %(status)s::text IN ('confirmed', 'modified') THEN version
                             ELSE confirmed_version END
WHERE id = %(schedule_id)s
RETURNING *;

-- name: review_tasks_supersede
-- An older open review is replaced by the new version's.
UPDATE review_tasks SET status = 'superseded', resolved_at = now(), resolved_by = %(by)s
WHERE schedule_id = %(schedule_id)s AND status = 'open';

-- name: review_tasks_open
-- Ask a person to check the doubtful fields of this version.
INSERT INTO review_tasks (user_id, schedule_id, schedule_version, doubtful_fields, reasons, draft)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(doubtful_fields)s, %(reasons)s,
        %(draft)s);

-- name: review_tasks_resolve
-- A person confirmed or corrected the schedule.
UPDATE review_tasks
SET status = 'resolved', resolved_at = now(), resolved_by = %(by)s,
    corrected = %(corrected)s
WHERE schedule_id = %(schedule_id)s AND status = 'open';

-- name: review_tasks_get_open
-- The open review of a schedule.
SELECT * FROM review_tasks WHERE schedule_id = %(schedule_id)s AND status = 'open';

-- name: contacts_upsert
-- One person of a production, merged with what earlier sheets said.
INSERT INTO contacts (user_id, production_key, name, role, department, phone, email,
                      last_schedule_id)
VALUES (%(user_id)s, %(production_key)s, %(name)s, %(role)s, %(department)s, %(phone)s,
        %(email)s, %(schedule_id)s)
ON CONFLICT (user_id, production_key, name_key) DO UPDATE SET
    role = coalesce(EXCLUDED.role, contacts.role),
    department = coalesce(EXCLUDED.department, contacts.department),
    phone = coalesce(EXCLUDED.phone, contacts.phone),
    email = coalesce(EXCLUDED.email, contacts.email),
    last_schedule_id = EXCLUDED.last_schedule_id,
    deleted_at = NULL;

-- name: contacts_search
-- A user's contacts whose name looks like the query (trigram similarity), best first.
SELECT c.name, c.role, c.department, c.phone, c.email, c.production_key,
       trigram_similarity(c.name, %(query)s) AS score
FROM contacts c
WHERE c.user_id = %(user_id)s AND c.deleted_at IS NULL
  AND trigram_similarity(c.name, %(query)s) >= %(min_score)s
ORDER BY score DESC, c.name
LIMIT %(limit)s;

-- name: schedule_data_list
-- A user's schedules (or everyone's), newest date first.
SELECT s.id, u.email AS user_email, s.production, s.shooting_date, s.call_time, s.location,
       s.status, s.version, s.confidence_score, s.last_error_stage
FROM schedule_data s JOIN users u ON u.id = s.user_id
WHERE (%(email)s::text IS NULL OR lower(u.email) = lower(%(email)s))
  AND (%(status)s::text IS NULL OR s.status = %(status)s)
ORDER BY s.shooting_date DESC, s.call_time
LIMIT %(limit)s;

-- name: schedule_versions_list
-- The versions of a schedule, oldest first.
SELECT version, created_at, snapshot->>'call_time' AS call_time,
       snapshot->>'location' AS location, snapshot->>'status' AS status
FROM schedule_versions WHERE schedule_id = %(schedule_id)s ORDER BY version;

-- name: users_get_by_email
-- A user by email, case-insensitively.
SELECT id, email FROM users WHERE lower(email) = lower(%(email)s) AND deleted_at IS NULL;

-- name: status_counts
-- The stage's rows by status (stillontime status, metrics).
SELECT 'extract' AS stage, 'schedule_data' AS tbl, status, count(*) AS n
  FROM schedule_data GROUP BY status;

-- name: status_recent_failures
-- The latest errors written on schedules (by whichever stage's delivery died on it).
SELECT coalesce(last_error_stage, 'extract') AS stage, id AS subject_id, last_error AS message,
       last_error_at AS at
  FROM schedule_data WHERE last_error IS NOT NULL
 ORDER BY last_error_at DESC LIMIT %(limit)s;

-- name: demo_schedules
-- The demo user's schedules.
SELECT s.* FROM schedule_data s JOIN users u ON u.id = s.user_id
WHERE u.email = %(email)s ORDER BY s.shooting_date;

-- name: learnt_layouts_for_key
-- The rules a user's corrections taught for a sender's production (layouts/, issue 17).
SELECT id, field, fingerprint, rule, production FROM learnt_layouts
WHERE user_id = %(user_id)s AND sender_key = %(sender_key)s
  AND production_key = lower(regexp_replace(btrim(coalesce(%(production)s, '')), '\s+', ' ', 'g'))
ORDER BY created_at;

-- name: learnt_layouts_put
-- Keep what a correction or confirmation taught (the same layout's rule is replaced).
INSERT INTO learnt_layouts (user_id, sender_key, production, field, fingerprint,
                            fingerprint_digest, rule, label, taught_by, schedule_id)
VALUES (%(user_id)s, %(sender_key)s, %(production)s, %(field)s, %(fingerprint)s,
        %(fingerprint_digest)s, %(rule)s, %(label)s, %(taught_by)s, %(schedule_id)s)
ON CONFLICT (user_id, sender_key, production_key, field, fingerprint_digest) DO UPDATE SET
    rule = EXCLUDED.rule, label = EXCLUDED.label, taught_by = EXCLUDED.taught_by,
    schedule_id = EXCLUDED.schedule_id, production = EXCLUDED.production
RETURNING id;

-- name: learnt_layouts_delete
-- Rules replaced by a newer lesson on the same layout, or forgotten on request.
DELETE FROM learnt_layouts WHERE id = ANY(%(ids)s::uuid[]) RETURNING id;

-- name: learnt_layouts_used
-- The rules that read a sheet.
UPDATE learnt_layouts SET uses = uses + 1, last_used_at = now()
WHERE id = ANY(%(ids)s::uuid[]);

-- name: learnt_layouts_list
-- What was learnt, for one user (by email) or everyone, newest first.
SELECT l.id, u.email AS user_email, l.sender_key, l.production, l.field, l.label,
       l.rule->>'relation' AS relation, l.fingerprint_digest, l.taught_by, l.uses,
       l.last_used_at, l.created_at
FROM learnt_layouts l JOIN users u ON u.id = l.user_id
WHERE (%(email)s::text IS NULL OR lower(u.email) = lower(%(email)s))
ORDER BY u.email, l.sender_key, l.production_key, l.field, l.created_at DESC;

-- name: learnt_layouts_forget
-- Forget rules by id (or id prefix), or every rule of a user's production or sender.
DELETE FROM learnt_layouts l USING users u
WHERE u.id = l.user_id
  AND (%(email)s::text IS NULL OR lower(u.email) = lower(%(email)s))
  AND (%(prefixes)s::text[] IS NULL
       OR EXISTS (SELECT 1 FROM unnest(%(prefixes)s::text[]) p WHERE starts_with(l.id::text, lower(p))))
  AND (%(production)s::text IS NULL OR l.production_key
       = lower(regexp_replace(btrim(%(production)s), '\s+', ' ', 'g')))
  AND (%(sender)s::text IS NULL OR l.sender_key = lower(btrim(%(sender)s)))
RETURNING l.id, u.email AS user_email, l.production, l.field, l.label;

-- name: learning_source
-- What a correction is learnt from: the schedule's sheet and who sent it.
SELECT e.sender, d.sha256, d.content, d.filename
FROM schedule_data s
JOIN processed_emails e ON e.id = s.email_id
LEFT JOIN documents d ON d.id = s.document_id
WHERE s.id = %(schedule_id)s;

-- name: unreadable_emails_insert
-- An email that ended without a shooting day, and why in plain words (emits reading_failed).
INSERT INTO unreadable_emails (user_id, email_id, kind, reason)
VALUES (%(user_id)s, %(email_id)s, %(kind)s, %(reason)s)
ON CONFLICT (email_id) DO NOTHING;

-- name: review_replies_get
-- A reply the poller took (ingest's record): its text and the schedule version it answers.
SELECT * FROM review_replies WHERE id = %(reply_id)s AND status = 'received';

-- name: review_answers_get_by_reply
-- How a reply was answered, if it was.
SELECT * FROM review_answers WHERE reply_id = %(reply_id)s;

-- name: review_answers_insert
-- How a reply was answered (emits reply_answered, which notify answers in the thread).
INSERT INTO review_answers (user_id, reply_id, schedule_id, schedule_version, outcome,
                            understood, not_understood, note)
VALUES (%(user_id)s, %(reply_id)s, %(schedule_id)s, %(schedule_version)s, %(outcome)s,
        %(understood)s, %(not_understood)s, %(note)s)
ON CONFLICT (reply_id) DO NOTHING;

-- name: dashboard_latest
-- The latest schedules (stillontime dashboard), newest first.
SELECT s.id, u.email AS user_email, s.production, s.shooting_date, s.call_time, s.location,
       s.status, s.version, s.confidence_score AS confidence, s.last_error_stage
FROM schedule_data s JOIN users u ON u.id = s.user_id
ORDER BY s.updated_at DESC, s.id
LIMIT %(limit)s;

-- name: dashboard_review
-- Schedules waiting for a person: the doubtful fields and why (stillontime dashboard).
SELECT s.id, u.email AS user_email, s.production, s.shooting_date, s.call_time, s.location,
       s.version, s.confidence_score AS confidence, r.doubtful_fields,
       (SELECT string_agg(x, '; ') FROM jsonb_array_elements_text(r.reasons) x) AS reasons
FROM schedule_data s JOIN users u ON u.id = s.user_id
LEFT JOIN review_tasks r ON r.schedule_id = s.id AND r.status = 'open'
WHERE s.status = 'reviewing'
ORDER BY s.shooting_date, s.id
LIMIT %(limit)s;

-- name: dashboard_day
-- One schedule as read (the dashboard's day view).
SELECT s.id, u.email AS user_email, s.production, s.shooting_date, s.call_time, s.location,
       s.base_location, s.status, s.version, s.confidence_score AS confidence,
       (SELECT string_agg(w, '; ') FROM jsonb_array_elements_text(s.warnings) w) AS warnings,
       s.last_error_stage, s.last_error
FROM schedule_data s JOIN users u ON u.id = s.user_id
WHERE s.id = %(schedule_id)s;
