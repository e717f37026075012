-- The ingest stage's tables: processed emails and the documents (PDFs) they carried.

CREATE TABLE processed_emails (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 uuid NOT NULL,
    -- Gmail's message id, or a content hash for a file from the local inbox.
    message_id              varchar(255) NOT NULL,
    thread_id               varchar(255),
    source                  varchar(20) NOT NULL DEFAULT 'gmail',
    subject                 text NOT NULL,
    sender                  varchar(255) NOT NULL,
    received_at             timestamptz NOT NULL,
    processing_status       varchar(50) NOT NULL DEFAULT 'pending',
    -- Derived, so it can never disagree with the status.
    processed               boolean GENERATED ALWAYS AS
                                (processing_status IN ('completed', 'skipped')) STORED,
    pdf_hash                varchar(64),
    skip_reason             text,
    error                   text,
    processing_started_at   timestamptz,
    processing_completed_at timestamptz,
    retry_count             integer NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_processed_emails_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    -- Deduplication is per user: two crew members who get the same email each get theirs.
    CONSTRAINT uq_processed_emails_user_id_message_id UNIQUE (user_id, message_id),
    CONSTRAINT ck_processed_emails_status CHECK (processing_status IN
        ('pending', 'processing', 'completed', 'failed', 'error', 'skipped')),
    CONSTRAINT ck_processed_emails_source CHECK (source IN ('gmail', 'local')),
    CONSTRAINT ck_processed_emails_pdf_hash CHECK (pdf_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_processed_emails_retry_count CHECK (retry_count >= 0),
    CONSTRAINT ck_processed_emails_error_has_message CHECK (
        processing_status NOT IN ('failed', 'error') OR error IS NOT NULL),
    CONSTRAINT ck_processed_emails_skipped_has_reason CHECK (
        processing_status <> 'skipped' OR skip_reason IS NOT NULL)
);
CREATE INDEX idx_processed_emails_user_id ON processed_emails (user_id);
CREATE INDEX idx_processed_emails_status ON processed_emails (processing_status);
CREATE INDEX idx_processed_emails_received_at ON processed_emails (received_at);
CREATE INDEX idx_processed_emails_sender ON processed_emails (sender);
CREATE TRIGGER trg_processed_emails_updated_at BEFORE UPDATE ON processed_emails
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_processed_emails_transition
    AFTER INSERT OR UPDATE OF processing_status ON processed_emails
    FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('processing_status', '', '');

CREATE TABLE documents (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL,
    email_id     uuid NOT NULL,
    filename     text NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       char(64) NOT NULL,
    content      bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_documents_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_documents_email_id FOREIGN KEY (email_id)
        REFERENCES processed_emails (id) ON DELETE CASCADE,
    -- The same PDF is processed once per user, whichever email brings it.
    CONSTRAINT uq_documents_user_id_sha256 UNIQUE (user_id, sha256),
    CONSTRAINT ck_documents_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_documents_size CHECK (size_bytes = octet_length(content))
);
CREATE INDEX idx_documents_email_id ON documents (email_id);
