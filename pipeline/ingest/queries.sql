-- The ingest stage's queries: processed emails, their documents, filters and Gmail sync state.

-- name: processed_emails_lock_user
-- Serialise recording for one user, so two pollers cannot both take the same PDF as new.
SELECT pg_advisory_xact_lock(hashtextextended('ingest:' || %(user_id)s::text, 0));

-- name: processed_emails_list_known_ids
-- The records of these message ids that this user has, with their ids.
SELECT message_id, id FROM processed_emails
WHERE user_id = %(user_id)s AND message_id = ANY(%(message_ids)s);

-- name: processed_emails_list_known
-- Which of these message ids this user already has a record of.
SELECT message_id FROM processed_emails
WHERE user_id = %(user_id)s AND message_id = ANY(%(message_ids)s);

-- name: processed_emails_insert
-- Record an email (pending emits email_received; skipped and error emit their own events).
-- A batch gives each row its id, so it can queue its inserts without waiting for one.
INSERT INTO processed_emails (id, user_id, message_id, thread_id, source, subject, sender,
                              received_at, processing_status, pdf_hash, skip_reason, error,
                              attachment_notes)
VALUES (COALESCE(%(id)s::uuid, gen_random_uuid()), %(user_id)s, %(message_id)s, %(thread_id)s, %(source)s, %(subject)s, %(sender)s,
        %(received_at)s, %(status)s, %(pdf_hash)s, %(skip_reason)s, %(error)s,
        %(attachment_notes)s)
ON CONFLICT (user_id, message_id) DO NOTHING
RETURNING id;

-- name: documents_find_by_sha256
-- Which of these PDFs this user already has, and the email that brought each.
SELECT sha256, email_id FROM documents
WHERE user_id = %(user_id)s AND sha256 = ANY(%(hashes)s);

-- name: processed_emails_list
-- The latest emails, optionally of one user and one status.
SELECT e.id, u.email AS user_email, e.source, e.message_id, e.subject, e.sender, e.received_at,
       e.processing_status, e.skip_reason, e.error, e.attachment_notes,
       (SELECT count(*) FROM documents d WHERE d.email_id = e.id) AS documents
FROM processed_emails e JOIN users u ON u.id = e.user_id
WHERE (%(user_email)s::text IS NULL OR lower(u.email) = lower(%(user_email)s::text))
  AND (%(status)s::text IS NULL OR e.processing_status = %(status)s::text)
ORDER BY e.received_at DESC, e.created_at DESC
LIMIT %(limit)s;

-- name: processed_emails_reprocess
-- Put a finished email back to pending (the state machine emits email_received again).
UPDATE processed_emails
SET processing_status = 'pending', error = NULL, skip_reason = NULL,
    retry_count = retry_count + 1, processing_started_at = NULL, processing_completed_at = NULL
WHERE id = %(email_id)s
RETURNING id, processing_status;

-- name: processed_emails_get
-- One email's status.
SELECT id, user_id, processing_status FROM processed_emails WHERE id = %(email_id)s;

-- name: ingest_filters_get
-- A user's filters (no row: the defaults).
SELECT subject_keywords, sender_allow, sender_deny, max_attachment_bytes
FROM ingest_filters WHERE user_id = %(user_id)s;

-- name: ingest_filters_upsert
-- Set a user's filters.
INSERT INTO ingest_filters (user_id, subject_keywords, sender_allow, sender_deny,
                            max_attachment_bytes)
VALUES (%(user_id)s, %(subject_keywords)s, %(sender_allow)s, %(sender_deny)s,
        %(max_attachment_bytes)s)
ON CONFLICT (user_id) DO UPDATE
SET subject_keywords = EXCLUDED.subject_keywords, sender_allow = EXCLUDED.sender_allow,
    sender_deny = EXCLUDED.sender_deny, max_attachment_bytes = EXCLUDED.max_attachment_bytes;

-- name: gmail_sync_state_list_users
-- Users the poller syncs: those with a Google grant, with their sync state.
SELECT u.id AS user_id, u.email, t.status AS grant_status, s.history_id,
       coalesce(s.needs_full_sync, true) AS needs_full_sync, s.last_full_sync_at
FROM users u
JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google'
LEFT JOIN gmail_sync_state s ON s.user_id = u.id
WHERE u.deleted_at IS NULL
ORDER BY u.created_at;

-- name: gmail_sync_state_get
-- One user's sync state.
SELECT history_id, needs_full_sync, last_full_sync_at, last_sync_at, last_success_at,
       last_error, consecutive_failures, messages_recorded
FROM gmail_sync_state WHERE user_id = %(user_id)s;

-- name: gmail_sync_state_record_success
-- A pass finished: where the next one resumes.
INSERT INTO gmail_sync_state (user_id, history_id, needs_full_sync, last_full_sync_at,
                              last_sync_at, last_success_at, messages_recorded)
VALUES (%(user_id)s, %(history_id)s, false, CASE WHEN %(full)s THEN now() END, now(), now(),
        %(recorded)s)
ON CONFLICT (user_id) DO UPDATE
SET history_id = EXCLUDED.history_id, needs_full_sync = false,
    last_full_sync_at = coalesce(EXCLUDED.last_full_sync_at, gmail_sync_state.last_full_sync_at),
    last_sync_at = now(), last_success_at = now(), last_error = NULL, last_error_at = NULL,
    consecutive_failures = 0,
    messages_recorded = gmail_sync_state.messages_recorded + EXCLUDED.messages_recorded;

-- name: gmail_sync_state_record_failure
-- A pass failed: keep the resume point, say why.
INSERT INTO gmail_sync_state (user_id, last_sync_at, last_error, last_error_at,
                              consecutive_failures, messages_recorded)
VALUES (%(user_id)s, now(), %(error)s, now(), 1, %(recorded)s)
ON CONFLICT (user_id) DO UPDATE
SET last_sync_at = now(), last_error = EXCLUDED.last_error, last_error_at = now(),
    consecutive_failures = gmail_sync_state.consecutive_failures + 1,
    messages_recorded = gmail_sync_state.messages_recorded + EXCLUDED.messages_recorded;

-- name: gmail_sync_state_require_full
-- Google forgot our history id: the next pass lists again.
INSERT INTO gmail_sync_state (user_id, needs_full_sync) VALUES (%(user_id)s, true)
ON CONFLICT (user_id) DO UPDATE SET needs_full_sync = true;

-- name: gmail_sync_state_list_problems
-- Users whose ingest is stuck: an unusable Google grant or a failing sync.
SELECT u.email, t.status AS grant_status, t.last_error AS grant_error,
       s.last_error AS sync_error, s.last_error_at, s.consecutive_failures, s.last_success_at
FROM users u
JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google'
LEFT JOIN gmail_sync_state s ON s.user_id = u.id
WHERE t.status <> 'active' OR s.last_error IS NOT NULL
ORDER BY u.email;

-- name: gmail_watches_list_users
-- Users with an active Google grant and their watch, for the renewal pass.
SELECT u.id AS user_id, w.topic_name, w.expires_at, w.renewed_at
FROM users u
JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google' AND t.status = 'active'
LEFT JOIN gmail_watches w ON w.user_id = u.id
WHERE u.deleted_at IS NULL
ORDER BY u.created_at;

-- name: gmail_watches_record
-- A users.watch call succeeded: the mailbox address, topic, history id and expiry.
INSERT INTO gmail_watches (user_id, email_address, topic_name, history_id, expires_at,
                           renewed_at)
VALUES (%(user_id)s, %(email_address)s, %(topic_name)s, %(history_id)s, %(expires_at)s, now())
ON CONFLICT (user_id) DO UPDATE
SET email_address = EXCLUDED.email_address, topic_name = EXCLUDED.topic_name,
    history_id = EXCLUDED.history_id, expires_at = EXCLUDED.expires_at, renewed_at = now(),
    last_error = NULL, last_error_at = NULL;

-- name: gmail_watches_record_failure
-- A users.watch call failed: say why; the current watch (if any) is kept.
INSERT INTO gmail_watches (user_id, last_error, last_error_at)
VALUES (%(user_id)s, %(error)s, now())
ON CONFLICT (user_id) DO UPDATE SET last_error = EXCLUDED.last_error, last_error_at = now();

-- name: gmail_watches_find_users
-- Users a notification's mailbox address belongs to (the address the watch saw, else the
-- user's own), with their grant status and the history id their sync has reached.
SELECT u.id AS user_id, t.status AS grant_status, s.history_id
FROM users u
JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google'
LEFT JOIN gmail_watches w ON w.user_id = u.id
LEFT JOIN gmail_sync_state s ON s.user_id = u.id
WHERE u.deleted_at IS NULL
  AND (lower(w.email_address) = lower(%(address)s)
       OR (w.email_address IS NULL AND lower(u.email) = lower(%(address)s)))
ORDER BY u.created_at;

-- name: gmail_watches_note_notification
-- A notification for this user was handled.
UPDATE gmail_watches
SET last_notification_at = now(), notifications = notifications + %(count)s
WHERE user_id = %(user_id)s;

-- name: gmail_watches_list_active
-- Watches Gmail may still be sending (for stopping them when push is turned off).
SELECT user_id FROM gmail_watches WHERE topic_name IS NOT NULL AND expires_at > now();

-- name: gmail_watches_clear
-- The watch was stopped.
UPDATE gmail_watches SET topic_name = NULL, expires_at = NULL WHERE user_id = %(user_id)s;

-- name: gmail_push_rejects_insert
-- A notification acknowledged without a sync: malformed, or for no known mailbox.
INSERT INTO gmail_push_rejects (pubsub_message_id, email_address, reason, data_excerpt)
VALUES (%(pubsub_message_id)s, %(email_address)s, %(reason)s, %(data_excerpt)s);

-- name: gmail_push_rejects_prune
-- Forget rejected notifications older than the given number of days.
DELETE FROM gmail_push_rejects WHERE received_at < now() - make_interval(days => %(days)s);

-- name: gmail_watches_list_problems
-- Users with an active grant whose Gmail push watch could not be made or renewed.
SELECT u.email, t.status AS grant_status, w.last_error, w.last_error_at, w.expires_at
FROM gmail_watches w
JOIN users u ON u.id = w.user_id
JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google' AND t.status = 'active'
WHERE w.last_error IS NOT NULL
ORDER BY u.email;

-- name: status_counts
-- The stage's rows by status (stillontime status, metrics).
SELECT 'ingest' AS stage, 'processed_emails' AS tbl, processing_status AS status, count(*) AS n
  FROM processed_emails GROUP BY processing_status;

-- name: status_recent_failures
-- The latest emails that failed.
SELECT 'ingest' AS stage, id AS subject_id, error AS message, updated_at AS at
  FROM processed_emails WHERE processing_status IN ('failed', 'error')
 ORDER BY updated_at DESC LIMIT %(limit)s;

-- name: metrics_failures
-- Failed emails by reason (the error's class, the text before its first colon).
SELECT 'ingest' AS stage, left(split_part(coalesce(error, 'unknown'), ':', 1), 60) AS reason,
       count(*) AS n
  FROM processed_emails WHERE processing_status IN ('failed', 'error')
 GROUP BY 2;

-- name: demo_in_flight
-- True while an email is still being read (or failed, and will be again).
SELECT EXISTS (SELECT 1 FROM processed_emails
               WHERE processing_status IN ('pending', 'processing', 'failed')) AS busy;

-- name: demo_emails
-- The demo user's emails.
SELECT e.subject, e.processing_status, e.error, e.skip_reason
FROM processed_emails e JOIN users u ON u.id = e.user_id
WHERE u.email = %(email)s ORDER BY e.created_at;

-- name: review_replies_insert
-- A reply to one of our messages: taken (emits reply_received) or refused with the reason.
INSERT INTO review_replies (user_id, message_id, thread_id, rfc_message_id, sender, subject,
                            in_reply_to, body, status, refusal, reply_thread_id, schedule_id,
                            schedule_version, received_at)
VALUES (%(user_id)s, %(message_id)s, %(thread_id)s, %(rfc_message_id)s, %(sender)s, %(subject)s,
        %(in_reply_to)s, %(body)s, %(status)s, %(refusal)s, %(reply_thread_id)s,
        %(schedule_id)s, %(schedule_version)s, %(received_at)s)
ON CONFLICT (user_id, message_id) DO NOTHING;

-- name: review_replies_list_problems
-- Users whose grant cannot send review messages from their Gmail (granted before gmail.send
-- was asked for), and replies of the user's own refused in the last week (why, in status).
SELECT u.email, t.status AS grant_status, 'no gmail.send' AS problem, NULL::text AS detail,
       t.updated_at AS since
FROM users u JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google'
WHERE t.status = 'active' AND NOT (%(send_scope)s = ANY(t.scopes))
UNION ALL
SELECT u.email, t.status, 'reply refused', r.refusal, r.created_at
FROM review_replies r JOIN users u ON u.id = r.user_id
LEFT JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google'
WHERE r.status = 'refused' AND r.created_at > now() - interval '7 days'
  AND lower(r.sender) = lower(u.email)
ORDER BY 1, 5;

-- name: processed_emails_insert_many
-- Record a batch of emails in one statement (arrays of equal length, one element per email,
-- in order; every id given). Its triggers run once for the statement (db/0030).
INSERT INTO processed_emails (id, user_id, message_id, thread_id, source, subject, sender,
                              received_at, processing_status, pdf_hash, skip_reason, error,
                              attachment_notes)
SELECT e.id, %(user_id)s, e.message_id, e.thread_id, e.source, e.subject, e.sender,
       e.received_at, e.status, e.pdf_hash, e.skip_reason, NULL, e.attachment_notes
FROM unnest(%(ids)s::uuid[], %(message_ids)s::text[], %(thread_ids)s::text[],
            %(sources)s::text[], %(subjects)s::text[], %(senders)s::text[],
            %(received_ats)s::timestamptz[], %(statuses)s::text[], %(pdf_hashes)s::text[],
            %(skip_reasons)s::text[], %(attachment_notes)s::text[])
     AS e(id, message_id, thread_id, source, subject, sender, received_at, status, pdf_hash,
          skip_reason, attachment_notes)
ON CONFLICT (user_id, message_id) DO NOTHING;

-- name: documents_insert_many
-- Store a batch's PDFs in one statement (arrays of equal length, one element per PDF).
-- The contents go in binary (the b placeholder): as text, every byte went as two hex digits,
-- written by us and read back by the server (50 PDFs of 300 KB: 2.2 s a batch; binary 0.35-0.49).
INSERT INTO documents (user_id, email_id, filename, content_type, size_bytes, sha256, content)
SELECT %(user_id)s, d.email_id, d.filename, d.content_type, d.size_bytes, d.sha256, d.content
FROM unnest(%(email_ids)s::uuid[], %(filenames)s::text[], %(content_types)s::text[],
            %(sizes)s::bigint[], %(hashes)s::text[], %(contents)b::bytea[])
     AS d(email_id, filename, content_type, size_bytes, sha256, content);
