-- A message that kills or hangs its worker must not loop (issue 16). A worker counts each start
-- of a delivery here, committed before the actor runs, and every recorded end (done, retrying,
-- dead) sets the count back to 0. A start that finds two earlier starts still open knows that
-- two workers died or hung on this message (SIGKILL, the OOM killer, a call stuck in C that the
-- broker's heartbeat gave up on): the delivery is dead-lettered with that reason instead of run.
ALTER TABLE event_deliveries ADD COLUMN IF NOT EXISTS open_starts integer NOT NULL DEFAULT 0;
DO $$
BEGIN
    ALTER TABLE event_deliveries ADD CONSTRAINT ck_event_deliveries_open_starts
        CHECK (open_starts >= 0);
EXCEPTION WHEN duplicate_object THEN NULL;
END;
$$;
