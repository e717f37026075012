-- Issue 17: a review answered from the phone. Notify sends the review message from the user's
-- own Gmail to themselves and records it here (core: every stage of the loop reads it); the
-- poller takes a reply to it (ingest), the extract stage applies it and records its answer,
-- notify sends that answer in the thread. Safe to run twice.

-- Our messages in a user's mailbox that a reply may answer (core table, written through
-- pipeline/replies.py). ``token`` is unguessable and is carried by the message (its subject and
-- Message-ID); ``rfc_message_id`` is the Message-ID Gmail gave it (Gmail may replace ours).
CREATE TABLE IF NOT EXISTS reply_threads (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL,
    schedule_id      uuid,
    schedule_version integer,
    purpose          varchar(20) NOT NULL,
    token            varchar(64) NOT NULL,
    mailbox          varchar(320) NOT NULL,
    gmail_thread_id  varchar(255) NOT NULL,
    gmail_message_id varchar(255) NOT NULL,
    rfc_message_id   text NOT NULL,
    notification_id  uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_reply_threads_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_reply_threads_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_reply_threads_message UNIQUE (user_id, gmail_message_id),
    CONSTRAINT ck_reply_threads_purpose CHECK (purpose IN ('review', 'answer', 'unreadable')),
    CONSTRAINT ck_reply_threads_token CHECK (token ~ '^[A-Za-z0-9_-]{16,64}$'),
    CONSTRAINT ck_reply_threads_review_has_schedule CHECK (
        purpose <> 'review' OR (schedule_id IS NOT NULL AND schedule_version IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS idx_reply_threads_thread ON reply_threads (user_id, gmail_thread_id);
CREATE INDEX IF NOT EXISTS idx_reply_threads_rfc ON reply_threads (user_id, rfc_message_id);

-- Replies the poller found to our messages (ingest): taken ('received', emits reply_received)
-- or refused with the reason (another sender, outside the thread, no token): recorded, and
-- nothing else happens.
CREATE TABLE IF NOT EXISTS review_replies (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL,
    message_id       varchar(255) NOT NULL,
    thread_id        varchar(255),
    rfc_message_id   text,
    sender           varchar(255) NOT NULL,
    subject          text NOT NULL DEFAULT '',
    in_reply_to      text,
    body             text NOT NULL DEFAULT '',
    status           varchar(20) NOT NULL,
    refusal          text,
    reply_thread_id  uuid,
    schedule_id      uuid,
    schedule_version integer,
    received_at      timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_review_replies_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_replies_reply_thread_id FOREIGN KEY (reply_thread_id)
        REFERENCES reply_threads (id) ON DELETE SET NULL,
    CONSTRAINT fk_review_replies_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_review_replies_message UNIQUE (user_id, message_id),
    CONSTRAINT ck_review_replies_status CHECK (status IN ('received', 'refused')),
    CONSTRAINT ck_review_replies_refusal CHECK ((status = 'refused') = (refusal IS NOT NULL)),
    CONSTRAINT ck_review_replies_taken_has_schedule CHECK (
        status <> 'received' OR (schedule_id IS NOT NULL AND reply_thread_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS idx_review_replies_user_id ON review_replies (user_id);

CREATE OR REPLACE FUNCTION emit_reply_received() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'received' THEN
        PERFORM emit_event('reply_received', 'review_replies', NEW.id, NEW.user_id,
                           NEW.schedule_id, NEW.schedule_version, NULL, NEW.status);
    END IF;
    RETURN NULL;
END;
$$;
DROP TRIGGER IF EXISTS trg_review_replies_event ON review_replies;
CREATE TRIGGER trg_review_replies_event AFTER INSERT ON review_replies
    FOR EACH ROW EXECUTE FUNCTION emit_reply_received();

-- How the extract stage answered a reply (one per reply): applied (edited and confirmed),
-- confirmed as read, cancelled, or not applied (not understood, incomplete, stale) with what
-- was understood and what was not.
CREATE TABLE IF NOT EXISTS review_answers (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL,
    reply_id         uuid NOT NULL,
    schedule_id      uuid NOT NULL,
    schedule_version integer NOT NULL,
    outcome          varchar(20) NOT NULL,
    understood       jsonb NOT NULL DEFAULT '[]',
    not_understood   jsonb NOT NULL DEFAULT '[]',
    note             text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_review_answers_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_answers_reply_id FOREIGN KEY (reply_id)
        REFERENCES review_replies (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_answers_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_review_answers_reply_id UNIQUE (reply_id),
    CONSTRAINT ck_review_answers_outcome CHECK (
        outcome IN ('applied', 'confirmed', 'cancelled', 'not_understood', 'incomplete', 'stale')),
    CONSTRAINT ck_review_answers_understood_array CHECK (jsonb_typeof(understood) = 'array'),
    CONSTRAINT ck_review_answers_not_understood_array CHECK (
        jsonb_typeof(not_understood) = 'array')
);
CREATE INDEX IF NOT EXISTS idx_review_answers_user_id ON review_answers (user_id);

CREATE OR REPLACE FUNCTION emit_reply_answered() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM emit_event('reply_answered', 'review_answers', NEW.id, NEW.user_id,
                       NEW.schedule_id, NEW.schedule_version, NULL, NEW.outcome);
    RETURN NULL;
END;
$$;
DROP TRIGGER IF EXISTS trg_review_answers_event ON review_answers;
CREATE TRIGGER trg_review_answers_event AFTER INSERT ON review_answers
    FOR EACH ROW EXECUTE FUNCTION emit_reply_answered();

-- Row-level security on the new user tables (0022's too), like every user table (db/0012).
SELECT apply_user_isolation();
