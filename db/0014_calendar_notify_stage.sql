-- The calendar and notify stages at work: what was written to the calendar (to notice a hand
-- edit), the user's notification channels (URLs encrypted by the application), and the columns
-- that retries and scheduled sending need.

-- What the calendar stage last wrote: a hash of the content, and the calendar's own stamp of the
-- event (Google's `updated`, or the .ics file's hash), so an edit by hand is noticed, not
-- overwritten. ``sequence`` counts the writes (iCalendar SEQUENCE).
ALTER TABLE calendar_events ADD COLUMN content_hash varchar(64);
ALTER TABLE calendar_events ADD COLUMN remote_updated text;
ALTER TABLE calendar_events ADD COLUMN sequence integer NOT NULL DEFAULT 0;
ALTER TABLE calendar_events ADD CONSTRAINT ck_calendar_events_sequence CHECK (sequence >= 0);

-- A user's channels. The apprise URL may hold a password or token, so it is stored as Fernet
-- ciphertext made by the application (pipeline/secrets.py); ``url_hint`` is a redacted form to
-- show (scheme and host only).
CREATE TABLE notification_channels (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL,
    name          varchar(50) NOT NULL,
    kind          varchar(20) NOT NULL,
    url_encrypted bytea,
    key_id        varchar(64),
    url_hint      text,
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_notification_channels_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_notification_channels_user_id_name UNIQUE (user_id, name),
    CONSTRAINT ck_notification_channels_kind CHECK (kind IN ('email', 'sms', 'push', 'local')),
    CONSTRAINT ck_notification_channels_name CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,49}$'),
    -- Every channel but the local outbox needs somewhere to send to.
    CONSTRAINT ck_notification_channels_url CHECK (kind = 'local' OR url_encrypted IS NOT NULL)
);
CREATE INDEX idx_notification_channels_user_id ON notification_channels (user_id);
CREATE TRIGGER trg_notification_channels_updated_at BEFORE UPDATE ON notification_channels
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_notification_channels_audit
    AFTER INSERT OR UPDATE OR DELETE ON notification_channels
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('url_encrypted');

-- Which of the user's channels a notification goes through (``channel`` stays the kind), and
-- when a failed one may be tried again.
ALTER TABLE notifications ADD COLUMN channel_name varchar(50) NOT NULL DEFAULT 'local';
ALTER TABLE notifications ADD COLUMN next_attempt_at timestamptz;
CREATE INDEX idx_notifications_retry ON notifications (next_attempt_at)
    WHERE status = 'failed' AND next_attempt_at IS NOT NULL;
CREATE INDEX idx_notifications_processing ON notifications (updated_at)
    WHERE status = 'processing';

-- The summary remembers what it was built from, so a revision can say what changed.
ALTER TABLE summaries ADD COLUMN route_revision integer;
ALTER TABLE summaries ADD COLUMN weather_revision integer;
ALTER TABLE summaries ADD COLUMN changes jsonb NOT NULL DEFAULT '[]';
ALTER TABLE summaries ADD CONSTRAINT ck_summaries_changes_array
    CHECK (jsonb_typeof(changes) = 'array');

SELECT apply_user_isolation();
