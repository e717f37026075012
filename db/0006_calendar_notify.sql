-- The calendar and notify stages' tables: calendar events, notifications and summaries.

CREATE TABLE calendar_events (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL,
    schedule_id       uuid NOT NULL,
    schedule_version  integer NOT NULL,
    -- google: Calendar API v3; ics: a file in the user's calendar folder.
    provider          varchar(20) NOT NULL,
    -- Derived from the schedule, so a repeated message can never make a second event.
    calendar_event_id varchar(255) NOT NULL,
    etag              varchar(255),
    title             varchar(255) NOT NULL,
    start_time        timestamptz NOT NULL,
    end_time          timestamptz NOT NULL,
    description       text,
    location          text,
    attendees         jsonb,
    reminders         jsonb NOT NULL DEFAULT '[]',
    status            varchar(50) NOT NULL DEFAULT 'active',
    sync_status       varchar(50) NOT NULL DEFAULT 'pending',
    last_error        text,
    last_sync_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_calendar_events_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_events_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_calendar_events_schedule_id UNIQUE (schedule_id),
    CONSTRAINT uq_calendar_events_provider_event UNIQUE (user_id, provider, calendar_event_id),
    CONSTRAINT ck_calendar_events_provider CHECK (provider IN ('google', 'ics')),
    CONSTRAINT ck_calendar_events_status CHECK (status IN ('active', 'cancelled', 'completed')),
    CONSTRAINT ck_calendar_events_sync_status CHECK (
        sync_status IN ('synced', 'pending', 'error', 'conflict')),
    CONSTRAINT ck_calendar_events_time_order CHECK (end_time > start_time),
    -- Google keeps at most five reminder overrides per event.
    CONSTRAINT ck_calendar_events_reminders CHECK (
        jsonb_typeof(reminders) = 'array' AND jsonb_array_length(reminders) <= 5),
    CONSTRAINT ck_calendar_events_versions CHECK (schedule_version >= 1)
);
CREATE INDEX idx_calendar_events_user_id ON calendar_events (user_id);
CREATE INDEX idx_calendar_events_schedule_id ON calendar_events (schedule_id);
CREATE INDEX idx_calendar_events_start_time ON calendar_events (start_time);
CREATE INDEX idx_calendar_events_sync_status ON calendar_events (sync_status);
CREATE TRIGGER trg_calendar_events_updated_at BEFORE UPDATE ON calendar_events
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_calendar_events_status_transition
    AFTER INSERT OR UPDATE OF status ON calendar_events
    FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('status', '', 'schedule_id');
CREATE TRIGGER trg_calendar_events_sync_transition
    AFTER INSERT OR UPDATE ON calendar_events
    FOR EACH ROW EXECUTE FUNCTION
        enforce_state_transition('sync_status', 'schedule_version', 'schedule_id');

CREATE TABLE notifications (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL,
    schedule_id       uuid,
    schedule_version  integer,
    channel           varchar(50) NOT NULL,
    template          varchar(100) NOT NULL,
    -- (schedule, version, template, channel) for a schedule's notices; any stable text else.
    idempotency_key   varchar(255) NOT NULL,
    subject           varchar(255) NOT NULL,
    message           text NOT NULL,
    data              jsonb,
    scheduled_for     timestamptz,
    sent_at           timestamptz,
    status            varchar(50) NOT NULL DEFAULT 'pending',
    error             text,
    retry_count       integer NOT NULL DEFAULT 0,
    max_retries       integer NOT NULL DEFAULT 5,
    delivery_attempts integer NOT NULL DEFAULT 0,
    delivered_at      timestamptz,
    read_at           timestamptz,
    external_id       varchar(255),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_notifications_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_notifications_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_notifications_idempotency_key UNIQUE (user_id, idempotency_key),
    CONSTRAINT ck_notification_status CHECK (
        status IN ('pending', 'processing', 'sent', 'delivered', 'failed', 'cancelled')),
    CONSTRAINT ck_notifications_channel CHECK (
        channel IN ('email', 'sms', 'push', 'in_app', 'local')),
    CONSTRAINT ck_notifications_counts CHECK (
        retry_count >= 0 AND max_retries >= 0 AND delivery_attempts >= 0),
    CONSTRAINT ck_notifications_sent_has_time CHECK (
        status NOT IN ('sent', 'delivered') OR sent_at IS NOT NULL)
);
CREATE INDEX idx_notifications_user_id ON notifications (user_id);
CREATE INDEX idx_notifications_schedule_id ON notifications (schedule_id);
CREATE INDEX idx_notifications_status ON notifications (status);
CREATE INDEX idx_notifications_channel ON notifications (channel);
CREATE INDEX idx_notifications_created_at ON notifications (created_at);
CREATE INDEX idx_notifications_scheduled_for ON notifications (scheduled_for)
    WHERE status = 'pending';
CREATE TRIGGER trg_notifications_updated_at BEFORE UPDATE ON notifications
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_notifications_transition
    AFTER INSERT OR UPDATE OF status ON notifications
    FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('status', '', 'schedule_id');

CREATE TABLE summaries (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL,
    schedule_id      uuid NOT NULL,
    schedule_version integer NOT NULL,
    language         varchar(10) NOT NULL DEFAULT 'en',
    content          text NOT NULL,
    html_content     text NOT NULL,
    timeline         jsonb,
    weather_summary  text,
    warnings         jsonb NOT NULL DEFAULT '[]',
    confidence_score numeric(3,2),
    generated_at     timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_summaries_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_summaries_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_summaries_schedule_id UNIQUE (schedule_id),
    CONSTRAINT ck_summaries_language CHECK (language IN ('en', 'pl')),
    CONSTRAINT ck_summaries_confidence CHECK (confidence_score BETWEEN 0 AND 1),
    CONSTRAINT ck_summaries_versions CHECK (schedule_version >= 1)
);
CREATE INDEX idx_summaries_user_id ON summaries (user_id);
CREATE INDEX idx_summaries_schedule_id ON summaries (schedule_id);
CREATE INDEX idx_summaries_language ON summaries (language);
CREATE INDEX idx_summaries_generated_at ON summaries (generated_at);
CREATE TRIGGER trg_summaries_updated_at BEFORE UPDATE ON summaries
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
