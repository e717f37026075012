-- The ingest stage's Gmail sync state and per-user mail filters; notes on kept emails.

-- One row per user the poller syncs: where incremental sync resumes and how the last pass went.
CREATE TABLE gmail_sync_state (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL,
    -- Gmail's historyId (an unsigned 64-bit number sent as a string); NULL until a full sync.
    history_id           varchar(20),
    -- Set when Google answered 404 for history_id: the next pass lists again.
    needs_full_sync      boolean NOT NULL DEFAULT true,
    last_full_sync_at    timestamptz,
    last_sync_at         timestamptz,
    last_success_at      timestamptz,
    last_error           text,
    last_error_at        timestamptz,
    consecutive_failures integer NOT NULL DEFAULT 0,
    messages_recorded    bigint NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_gmail_sync_state_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_gmail_sync_state_user_id UNIQUE (user_id),
    CONSTRAINT ck_gmail_sync_state_history_id CHECK (history_id ~ '^[0-9]{1,20}$'),
    CONSTRAINT ck_gmail_sync_state_failures CHECK (consecutive_failures >= 0),
    CONSTRAINT ck_gmail_sync_state_error_has_time CHECK (
        last_error IS NULL OR last_error_at IS NOT NULL)
);
CREATE TRIGGER trg_gmail_sync_state_updated_at BEFORE UPDATE ON gmail_sync_state
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Which mail is a call sheet, per user. A user without a row gets the defaults of
-- pipeline/ingest/logic.py (the spec's keywords, no sender lists, a 25 MB cap).
CREATE TABLE ingest_filters (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL,
    subject_keywords     text[] NOT NULL,
    -- Addresses ("ad@prod.example") or domains ("prod.example"); allowed senders need no keyword.
    sender_allow         text[] NOT NULL DEFAULT '{}',
    -- Never taken, whatever the subject; wins over the allow list.
    sender_deny          text[] NOT NULL DEFAULT '{}',
    max_attachment_bytes bigint NOT NULL DEFAULT 26214400,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_ingest_filters_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_ingest_filters_user_id UNIQUE (user_id),
    CONSTRAINT ck_ingest_filters_max_attachment_bytes CHECK (
        max_attachment_bytes BETWEEN 1 AND 1073741824)
);
CREATE TRIGGER trg_ingest_filters_updated_at BEFORE UPDATE ON ingest_filters
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ingest_filters_audit AFTER INSERT OR UPDATE OR DELETE ON ingest_filters
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- What ingest left out of a kept email (an attachment over the cap, a PDF already seen),
-- so a dropped attachment is never silent.
ALTER TABLE processed_emails ADD COLUMN attachment_notes text;
