-- Issue 17: every call-sheet email ends in something its user sees. The extract stage records
-- an email it could not turn into a shooting day (and why, in plain words), and how it answered
-- a reply to a review message; each record emits the event notify tells the user from.
-- Safe to run twice.

INSERT INTO event_kinds (kind, description) VALUES
    ('reading_failed',  'an email that passed the filters could not be read into a shooting day'),
    ('reply_received',  'a reply to a review message was taken from the user''s own mailbox'),
    ('reply_answered',  'a reply to a review message was applied, or could not be')
ON CONFLICT (kind) DO NOTHING;

-- One row per email that ended without a shooting day: read but unplannable ('unreadable'),
-- not a call sheet ('not_call_sheet'), given up after retries ('failed', a dead letter), or
-- whose attachments could not be used at all ('attachment': not really a PDF, over the size
-- cap). A duplicate PDF may stay silent, and so may a keyword email with no attachment at all
-- ("call sheet comes late tonight"): neither gets here.
CREATE TABLE IF NOT EXISTS unreadable_emails (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL,
    email_id   uuid NOT NULL,
    kind       varchar(20) NOT NULL,
    -- What the user is told, after "could not read it, because".
    reason     text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_unreadable_emails_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_unreadable_emails_email_id FOREIGN KEY (email_id)
        REFERENCES processed_emails (id) ON DELETE CASCADE,
    CONSTRAINT uq_unreadable_emails_email_id UNIQUE (email_id),
    CONSTRAINT ck_unreadable_emails_kind CHECK (
        kind IN ('unreadable', 'not_call_sheet', 'failed', 'attachment')),
    CONSTRAINT ck_unreadable_emails_reason CHECK (btrim(reason) <> '')
);
CREATE INDEX IF NOT EXISTS idx_unreadable_emails_user_id ON unreadable_emails (user_id);

CREATE OR REPLACE FUNCTION emit_reading_failed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM emit_event('reading_failed', 'unreadable_emails', NEW.id, NEW.user_id,
                       NULL, NULL, NULL, NEW.kind);
    RETURN NULL;
END;
$$;
DROP TRIGGER IF EXISTS trg_unreadable_emails_event ON unreadable_emails;
CREATE TRIGGER trg_unreadable_emails_event AFTER INSERT ON unreadable_emails
    FOR EACH ROW EXECUTE FUNCTION emit_reading_failed();

-- The safety net: an email that a worker took and that ended in error or skipped without the
-- extract stage saying why (a dead letter, a crash) still gets its record. The extract stage
-- writes its own, plainer record first in the same transaction; this one then does nothing.
CREATE OR REPLACE FUNCTION note_unreadable_email() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.processing_status IN ('pending', 'processing', 'failed')
       AND NEW.processing_status IN ('error', 'skipped')
       AND coalesce(NEW.skip_reason, '') NOT LIKE 'duplicate of %' THEN
        INSERT INTO unreadable_emails (user_id, email_id, kind, reason)
        VALUES (NEW.user_id, NEW.id,
                CASE WHEN NEW.processing_status = 'error' THEN 'failed' ELSE 'not_call_sheet' END,
                coalesce(nullif(btrim(coalesce(NEW.skip_reason, NEW.error, '')), ''),
                         'it could not be processed'))
        ON CONFLICT (email_id) DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;
-- Runs as its owner: a dead letter is recorded by the dispatcher or a worker for any user.
ALTER FUNCTION note_unreadable_email() SECURITY DEFINER;
ALTER FUNCTION note_unreadable_email() SET search_path = public, pg_temp;
DROP TRIGGER IF EXISTS trg_processed_emails_unreadable ON processed_emails;
CREATE TRIGGER trg_processed_emails_unreadable
    AFTER UPDATE OF processing_status ON processed_emails
    FOR EACH ROW EXECUTE FUNCTION note_unreadable_email();

-- An email ingest kept as skipped because every attachment it carried was unusable (the
-- attachment notes say which and why), not because it was a duplicate.
CREATE OR REPLACE FUNCTION note_unusable_attachments() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.processing_status = 'skipped' AND NEW.attachment_notes IS NOT NULL
       AND coalesce(NEW.skip_reason, '') NOT LIKE 'duplicate of %' THEN
        INSERT INTO unreadable_emails (user_id, email_id, kind, reason)
        VALUES (NEW.user_id, NEW.id, 'attachment', coalesce(NEW.skip_reason, NEW.attachment_notes))
        ON CONFLICT (email_id) DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;
ALTER FUNCTION note_unusable_attachments() SECURITY DEFINER;
ALTER FUNCTION note_unusable_attachments() SET search_path = public, pg_temp;
DROP TRIGGER IF EXISTS trg_processed_emails_unusable ON processed_emails;
CREATE TRIGGER trg_processed_emails_unusable AFTER INSERT ON processed_emails
    FOR EACH ROW EXECUTE FUNCTION note_unusable_attachments();
