-- Which service processes run, stopped or were lost, and what they rode through; and how often
-- a delivery had to be sent again. Both keep a fault that healed visible in `stillontime status`.

-- One row per process of a long-running service (pipeline/instances.py). A row whose beat
-- stopped without stopped_at is a process that died: status calls it lost.
CREATE TABLE IF NOT EXISTS service_instances (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind            text NOT NULL,
    host            text NOT NULL,
    pid             integer NOT NULL,
    beat_interval_s real NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now(),
    stopped_at      timestamptz,
    -- What the process rode through, by kind of trouble: {"database": 2, "listen": 1, ...}
    troubles        jsonb NOT NULL DEFAULT '{}',
    last_error      text,
    CONSTRAINT ck_service_instances_kind
        CHECK (kind IN ('dispatcher', 'worker', 'scheduler', 'poller')),
    CONSTRAINT ck_service_instances_pid CHECK (pid > 0),
    CONSTRAINT ck_service_instances_interval CHECK (beat_interval_s > 0),
    CONSTRAINT ck_service_instances_troubles CHECK (jsonb_typeof(troubles) = 'object'),
    CONSTRAINT ck_service_instances_seen CHECK (last_seen_at >= started_at),
    CONSTRAINT ck_service_instances_stopped CHECK (stopped_at IS NULL OR stopped_at >= started_at)
);
CREATE INDEX IF NOT EXISTS idx_service_instances_last_seen ON service_instances (last_seen_at);

-- Deliveries the scheduler sent again because no worker finished them (a lost message).
ALTER TABLE event_deliveries ADD COLUMN IF NOT EXISTS redeliveries integer NOT NULL DEFAULT 0;
DO $$
BEGIN
    ALTER TABLE event_deliveries ADD CONSTRAINT ck_event_deliveries_redeliveries
        CHECK (redeliveries >= 0);
EXCEPTION WHEN duplicate_object THEN NULL;
END;
$$;
-- The few deliveries that needed more than one try, for status.
CREATE INDEX IF NOT EXISTS idx_event_deliveries_troubled ON event_deliveries (updated_at)
    WHERE redeliveries > 0 OR attempts > 1;
