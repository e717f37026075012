-- The core's reply threads: our messages in a user's mailbox that a reply may answer.

-- name: reply_threads_record
-- A message we sent from the user's Gmail (a resend of the same message changes nothing).
INSERT INTO reply_threads (user_id, schedule_id, schedule_version, purpose, token, mailbox,
                           gmail_thread_id, gmail_message_id, rfc_message_id, notification_id)
VALUES (%(user_id)s, %(schedule_id)s, %(schedule_version)s, %(purpose)s, %(token)s,
        %(mailbox)s, %(gmail_thread_id)s, %(gmail_message_id)s, %(rfc_message_id)s,
        %(notification_id)s)
ON CONFLICT (user_id, gmail_message_id) DO NOTHING;

-- name: reply_threads_find
-- Our messages a message may answer: in its Gmail thread, or named by its In-Reply-To or
-- References (a reply moved out of the thread is found, to be refused); newest first.
SELECT * FROM reply_threads
WHERE user_id = %(user_id)s
  AND (gmail_thread_id = %(thread_id)s OR rfc_message_id = ANY(%(references)s))
ORDER BY created_at DESC, id;

-- name: reply_threads_keys
-- Every Gmail thread and Message-ID of ours for one user: the poller tells a possible reply
-- from the rest of its mail without a query per message.
SELECT gmail_thread_id, rfc_message_id FROM reply_threads WHERE user_id = %(user_id)s;

-- name: reply_threads_get_by_id
-- One of our messages.
SELECT * FROM reply_threads WHERE id = %(id)s;

-- name: reply_threads_for_notification
-- The message a notification was sent as (to answer in its thread).
SELECT * FROM reply_threads WHERE notification_id = %(notification_id)s
ORDER BY created_at LIMIT 1;
