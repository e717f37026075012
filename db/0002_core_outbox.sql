-- The event outbox, its deliveries to actors, and the state machines that write it.

-- The closed set of event kinds; each is also the pg_notify channel carrying its events' ids.
CREATE TABLE event_kinds (
    kind        text PRIMARY KEY,
    description text NOT NULL,
    -- Channel names are identifiers: at most 63 bytes.
    CONSTRAINT ck_event_kinds_kind CHECK (kind ~ '^[a-z][a-z_]{2,62}$')
);

INSERT INTO event_kinds (kind, description) VALUES
    ('email_received',            'a call-sheet email was recorded (or put back) as pending'),
    ('email_claimed',             'a worker started processing an email'),
    ('email_completed',           'an email was processed'),
    ('email_failed',              'processing an email failed with a retryable error'),
    ('email_errored',             'processing an email failed for good'),
    ('email_skipped',             'an email did not match the filters or was a duplicate'),
    ('schedule_extracted',        'a schedule (or a new version) was read from a call sheet'),
    ('schedule_review_requested', 'a schedule needs a person to review it'),
    ('schedule_confirmed',        'a schedule was confirmed'),
    ('schedule_modified',         'a confirmed schedule got a new version'),
    ('schedule_cancelled',        'a schedule was cancelled'),
    ('route_planned',             'a route plan was made for a schedule version'),
    ('weather_assessed',          'a forecast and shooting assessment was made or changed'),
    ('calendar_created',          'a calendar event record was created'),
    ('calendar_cancelled',        'a calendar event was cancelled'),
    ('calendar_completed',        'a calendar event is in the past'),
    ('calendar_reactivated',      'a cancelled calendar event is active again'),
    ('calendar_synced',           'a calendar event matches the schedule in the calendar'),
    ('calendar_sync_requested',   'a calendar event needs to be written again'),
    ('calendar_sync_failed',      'writing a calendar event failed'),
    ('calendar_conflicted',       'a calendar event conflicts with another or was edited by hand'),
    ('notification_queued',       'a notification is waiting to be sent'),
    ('notification_claimed',      'a worker started sending a notification'),
    ('notification_sent',         'a notification was handed to its channel'),
    ('notification_delivered',    'a channel confirmed delivery'),
    ('notification_failed',       'sending a notification failed'),
    ('notification_cancelled',    'a notification was cancelled before it was sent');

CREATE TABLE events (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text NOT NULL,
    subject_table    text NOT NULL,
    subject_id       uuid NOT NULL,
    user_id          uuid,
    schedule_id      uuid,
    schedule_version integer,
    from_state       text,
    to_state         text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    dispatched_at    timestamptz,
    CONSTRAINT fk_events_kind FOREIGN KEY (kind) REFERENCES event_kinds (kind)
);
-- The dispatcher's work list stays small however long the history grows.
CREATE INDEX idx_events_undispatched ON events (id) WHERE dispatched_at IS NULL;
CREATE INDEX idx_events_subject_id ON events (subject_id);
CREATE INDEX idx_events_schedule_id ON events (schedule_id) WHERE schedule_id IS NOT NULL;
CREATE INDEX idx_events_created_at ON events (created_at);

-- One row per (event, actor) the dispatcher sent; workers record how it ended.
CREATE TABLE event_deliveries (
    event_id     bigint NOT NULL,
    actor_name   text NOT NULL,
    queue_name   text NOT NULL,
    message_id   uuid NOT NULL,
    status       varchar(20) NOT NULL DEFAULT 'enqueued',
    attempts     integer NOT NULL DEFAULT 0,
    last_error   text,
    enqueued_at  timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, actor_name),
    CONSTRAINT fk_event_deliveries_event_id FOREIGN KEY (event_id)
        REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT ck_event_deliveries_status CHECK (status IN ('enqueued', 'retrying', 'done', 'dead')),
    CONSTRAINT ck_event_deliveries_attempts CHECK (attempts >= 0)
);
CREATE INDEX idx_event_deliveries_dead ON event_deliveries (updated_at) WHERE status = 'dead';
CREATE INDEX idx_event_deliveries_open ON event_deliveries (updated_at)
    WHERE status IN ('enqueued', 'retrying');
CREATE TRIGGER trg_event_deliveries_updated_at BEFORE UPDATE ON event_deliveries
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Writes one outbox row and wakes the dispatchers, in the caller's transaction.
CREATE OR REPLACE FUNCTION emit_event(
    p_kind text, p_subject_table text, p_subject_id uuid, p_user_id uuid,
    p_schedule_id uuid, p_schedule_version integer, p_from text, p_to text
) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    new_id bigint;
BEGIN
    INSERT INTO events (kind, subject_table, subject_id, user_id, schedule_id, schedule_version,
                        from_state, to_state)
    VALUES (p_kind, p_subject_table, p_subject_id, p_user_id, p_schedule_id, p_schedule_version,
            p_from, p_to)
    RETURNING id INTO new_id;
    -- The payload is the id only: NOTIFY is a wake-up hint, the outbox row is the record.
    PERFORM pg_notify(p_kind, new_id::text);
    RETURN new_id;
END;
$$;

-- The state machines, written down once. A NULL from_state is the state a row may be
-- inserted in. A row whose state is unchanged but whose version moved takes the (s, s) edge,
-- if there is one; otherwise that update is refused. Every edge emits exactly one event.
CREATE TABLE state_transitions (
    table_name  text NOT NULL,
    column_name text NOT NULL,
    from_state  text,
    to_state    text NOT NULL,
    event_kind  text NOT NULL,
    CONSTRAINT fk_state_transitions_event_kind FOREIGN KEY (event_kind)
        REFERENCES event_kinds (kind),
    CONSTRAINT uq_state_transitions_edge
        UNIQUE NULLS NOT DISTINCT (table_name, column_name, from_state, to_state)
);

INSERT INTO state_transitions (table_name, column_name, from_state, to_state, event_kind) VALUES
    -- processed_emails.processing_status
    ('processed_emails', 'processing_status', NULL,         'pending',    'email_received'),
    ('processed_emails', 'processing_status', NULL,         'skipped',    'email_skipped'),
    ('processed_emails', 'processing_status', NULL,         'error',      'email_errored'),
    ('processed_emails', 'processing_status', 'pending',    'processing', 'email_claimed'),
    ('processed_emails', 'processing_status', 'pending',    'skipped',    'email_skipped'),
    -- a message that died before a worker could claim the email
    ('processed_emails', 'processing_status', 'pending',    'error',      'email_errored'),
    ('processed_emails', 'processing_status', 'processing', 'completed',  'email_completed'),
    ('processed_emails', 'processing_status', 'processing', 'failed',     'email_failed'),
    ('processed_emails', 'processing_status', 'processing', 'error',      'email_errored'),
    ('processed_emails', 'processing_status', 'processing', 'skipped',    'email_skipped'),
    ('processed_emails', 'processing_status', 'failed',     'processing', 'email_claimed'),
    ('processed_emails', 'processing_status', 'failed',     'error',      'email_errored'),
    -- reprocessing on request puts a finished email back in the queue
    ('processed_emails', 'processing_status', 'failed',     'pending',    'email_received'),
    ('processed_emails', 'processing_status', 'error',      'pending',    'email_received'),
    ('processed_emails', 'processing_status', 'completed',  'pending',    'email_received'),
    ('processed_emails', 'processing_status', 'skipped',    'pending',    'email_received'),
    -- schedule_data.status (self edges apply to a new version)
    ('schedule_data', 'status', NULL,        'extracted', 'schedule_extracted'),
    ('schedule_data', 'status', NULL,        'reviewing', 'schedule_review_requested'),
    ('schedule_data', 'status', 'extracted', 'extracted', 'schedule_extracted'),
    ('schedule_data', 'status', 'extracted', 'reviewing', 'schedule_review_requested'),
    ('schedule_data', 'status', 'extracted', 'confirmed', 'schedule_confirmed'),
    ('schedule_data', 'status', 'extracted', 'cancelled', 'schedule_cancelled'),
    ('schedule_data', 'status', 'reviewing', 'reviewing', 'schedule_review_requested'),
    ('schedule_data', 'status', 'reviewing', 'confirmed', 'schedule_confirmed'),
    ('schedule_data', 'status', 'reviewing', 'modified',  'schedule_modified'),
    ('schedule_data', 'status', 'reviewing', 'cancelled', 'schedule_cancelled'),
    ('schedule_data', 'status', 'confirmed', 'modified',  'schedule_modified'),
    ('schedule_data', 'status', 'confirmed', 'reviewing', 'schedule_review_requested'),
    ('schedule_data', 'status', 'confirmed', 'cancelled', 'schedule_cancelled'),
    ('schedule_data', 'status', 'modified',  'modified',  'schedule_modified'),
    ('schedule_data', 'status', 'modified',  'reviewing', 'schedule_review_requested'),
    ('schedule_data', 'status', 'modified',  'cancelled', 'schedule_cancelled'),
    -- a day reinstated after a cancellation gets a person's look first
    ('schedule_data', 'status', 'cancelled', 'reviewing', 'schedule_review_requested'),
    -- calendar_events.status
    ('calendar_events', 'status', NULL,        'active',    'calendar_created'),
    ('calendar_events', 'status', 'active',    'cancelled', 'calendar_cancelled'),
    ('calendar_events', 'status', 'active',    'completed', 'calendar_completed'),
    ('calendar_events', 'status', 'cancelled', 'active',    'calendar_reactivated'),
    -- calendar_events.sync_status (self edges apply to a new schedule version)
    ('calendar_events', 'sync_status', NULL,       'pending',  'calendar_sync_requested'),
    ('calendar_events', 'sync_status', NULL,       'synced',   'calendar_synced'),
    ('calendar_events', 'sync_status', NULL,       'error',    'calendar_sync_failed'),
    ('calendar_events', 'sync_status', NULL,       'conflict', 'calendar_conflicted'),
    ('calendar_events', 'sync_status', 'pending',  'pending',  'calendar_sync_requested'),
    ('calendar_events', 'sync_status', 'pending',  'synced',   'calendar_synced'),
    ('calendar_events', 'sync_status', 'pending',  'error',    'calendar_sync_failed'),
    ('calendar_events', 'sync_status', 'pending',  'conflict', 'calendar_conflicted'),
    ('calendar_events', 'sync_status', 'synced',   'synced',   'calendar_synced'),
    ('calendar_events', 'sync_status', 'synced',   'pending',  'calendar_sync_requested'),
    ('calendar_events', 'sync_status', 'synced',   'conflict', 'calendar_conflicted'),
    ('calendar_events', 'sync_status', 'error',    'pending',  'calendar_sync_requested'),
    ('calendar_events', 'sync_status', 'error',    'synced',   'calendar_synced'),
    ('calendar_events', 'sync_status', 'conflict', 'pending',  'calendar_sync_requested'),
    ('calendar_events', 'sync_status', 'conflict', 'synced',   'calendar_synced'),
    -- notifications.status
    ('notifications', 'status', NULL,         'pending',    'notification_queued'),
    ('notifications', 'status', 'pending',    'processing', 'notification_claimed'),
    ('notifications', 'status', 'pending',    'cancelled',  'notification_cancelled'),
    ('notifications', 'status', 'processing', 'sent',       'notification_sent'),
    ('notifications', 'status', 'processing', 'failed',     'notification_failed'),
    ('notifications', 'status', 'sent',       'delivered',  'notification_delivered'),
    ('notifications', 'status', 'failed',     'processing', 'notification_claimed'),
    ('notifications', 'status', 'failed',     'cancelled',  'notification_cancelled');

-- Guards one status column and emits the edge's event.
-- TG_ARGV: status column, version column ('' if none), schedule id column ('' if none).
CREATE OR REPLACE FUNCTION enforce_state_transition() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    status_col   text := TG_ARGV[0];
    version_col  text := nullif(TG_ARGV[1], '');
    schedule_col text := nullif(TG_ARGV[2], '');
    new_row      jsonb := to_jsonb(NEW);
    old_row      jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
    new_state    text := new_row ->> status_col;
    old_state    text := old_row ->> status_col;
    edge_kind    text;
    allowed      text;
BEGIN
    IF TG_OP = 'UPDATE' AND old_state IS NOT DISTINCT FROM new_state
       AND (version_col IS NULL
            OR (old_row -> version_col) IS NOT DISTINCT FROM (new_row -> version_col)) THEN
        RETURN NULL;  -- not a transition
    END IF;

    SELECT event_kind INTO edge_kind
    FROM state_transitions
    WHERE table_name = TG_TABLE_NAME AND column_name = status_col
      AND from_state IS NOT DISTINCT FROM old_state AND to_state = new_state;

    IF edge_kind IS NULL THEN
        SELECT string_agg(to_state, ', ' ORDER BY to_state) INTO allowed
        FROM state_transitions
        WHERE table_name = TG_TABLE_NAME AND column_name = status_col
          AND from_state IS NOT DISTINCT FROM old_state;
        RAISE EXCEPTION 'illegal transition of %.% from % to %',
            TG_TABLE_NAME, status_col, coalesce(old_state, '(new row)'), coalesce(new_state, 'NULL')
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'ck_' || TG_TABLE_NAME || '_' || status_col || '_transition',
                  HINT = CASE WHEN old_state = new_state
                              THEN 'a new version may not stay in this state'
                              ELSE 'allowed: ' || coalesce(allowed, 'none') END;
    END IF;

    PERFORM emit_event(
        edge_kind, TG_TABLE_NAME, (new_row ->> 'id')::uuid, (new_row ->> 'user_id')::uuid,
        CASE WHEN TG_TABLE_NAME = 'schedule_data' THEN (new_row ->> 'id')::uuid
             WHEN schedule_col IS NOT NULL THEN (new_row ->> schedule_col)::uuid END,
        (new_row ->> coalesce(version_col, ''))::integer,
        old_state, new_state);
    RETURN NULL;
END;
$$;

-- For stage tables without a status machine (route plans, weather): one event when a row is
-- made, and again whenever it is recomputed for another schedule version or revised.
CREATE OR REPLACE FUNCTION emit_on_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.schedule_version = OLD.schedule_version
       AND NEW.revision = OLD.revision THEN
        RETURN NULL;
    END IF;
    PERFORM emit_event(TG_ARGV[0], TG_TABLE_NAME, NEW.id, NEW.user_id, NEW.schedule_id,
                       NEW.schedule_version, NULL, NULL);
    RETURN NULL;
END;
$$;
