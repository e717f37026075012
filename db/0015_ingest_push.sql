-- Gmail push: each user's users.watch (renewed before it lapses) and the Pub/Sub notifications
-- that could not be used (malformed, or for an address no user has).

-- One row per user the poller has asked Gmail to watch (or tried to).
CREATE TABLE gmail_watches (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL,
    -- The mailbox address Gmail names in notifications (users.getProfile at watch time).
    email_address        varchar(320),
    -- projects/P/topics/T the watch publishes to; NULL until a watch succeeded.
    topic_name           text,
    -- The mailbox's history id when the watch was (re)made, and when Gmail stops notifying.
    history_id           varchar(20),
    expires_at           timestamptz,
    renewed_at           timestamptz,
    last_notification_at timestamptz,
    notifications        bigint NOT NULL DEFAULT 0,
    last_error           text,
    last_error_at        timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_gmail_watches_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_gmail_watches_user_id UNIQUE (user_id),
    CONSTRAINT ck_gmail_watches_history_id CHECK (history_id ~ '^[0-9]{1,20}$'),
    CONSTRAINT ck_gmail_watches_active_has_expiry CHECK (
        topic_name IS NULL OR (expires_at IS NOT NULL AND renewed_at IS NOT NULL)),
    CONSTRAINT ck_gmail_watches_error_has_time CHECK (
        last_error IS NULL OR last_error_at IS NOT NULL)
);
CREATE INDEX idx_gmail_watches_email_address ON gmail_watches (lower(email_address));
CREATE TRIGGER trg_gmail_watches_updated_at BEFORE UPDATE ON gmail_watches
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Notifications acknowledged without a sync, so a broken publisher or a stray mailbox is seen.
-- Not user-scoped: most have no user. Holds an address and a history id at most, no mail.
CREATE TABLE gmail_push_rejects (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pubsub_message_id    varchar(200),
    email_address        varchar(320),
    reason               text NOT NULL,
    -- The start of the notification's data, as received (base64), for diagnosis.
    data_excerpt         varchar(500),
    received_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_gmail_push_rejects_received_at ON gmail_push_rejects (received_at);

SELECT apply_user_isolation();
