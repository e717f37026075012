-- Core queries: the outbox, deliveries and status. Names are <table>_<verb>.

-- name: events_dispatch_batch
-- Claim a batch, mark it dispatched and record its deliveries, in one statement (db/0029):
-- a row per delivery (message id, token), and one with a NULL actor per event nobody consumes.
SELECT event_id, kind, actor_name, queue_name, message_id, token
FROM events_dispatch_batch(%(limit)s, %(kinds)s, %(actors)s, %(queues)s);

-- name: event_kinds_route
-- Mark routed the kinds a dispatcher routes (db/0035): their events are announced and left
-- for its passes; the kinds it changed (none once the migrations agree with the code).
SELECT kind FROM events_route_kinds(%(kinds)s::text[]) AS kind;

-- name: events_get_one
-- One outbox row, as an actor reads it (a worker's login must show the event's token).
SELECT id, kind, subject_table, subject_id, user_id, schedule_id, schedule_version
FROM event_for_worker(%(event_id)s, %(token)s);

-- name: event_deliveries_end
-- How a worker's delivery ended (done, retrying, dead, skipped; delivery_finished, db/0019),
-- in one statement sent in autocommit: its own transaction, audited as %(audit_actor)s, its
-- commit waiting for the disk (db/0034).
SELECT delivery_end(%(event_id)s, %(actor_name)s, %(queue_name)s, %(message_id)s, %(token)s,
                    %(outcome)s, %(error)s, %(audit_actor)s);

-- name: event_deliveries_end_same_server
-- The same, for a delivery done, only while the database server is the one that recorded the
-- delivery's start (%(server_started)s, pg_postmaster_start_time() then): an actor's commits
-- in a delivery do not wait for the disk (db.transaction's flushed_by_delivery_end), so a
-- server that crashed and restarted since may have lost them, and a 'done' recorded on the new
-- server would keep the work from being sent again. No row then: the delivery stays open and
-- the stale-delivery sweep sends it again (actors are idempotent).
SELECT delivery_end(%(event_id)s, %(actor_name)s, %(queue_name)s, %(message_id)s, %(token)s,
                    %(outcome)s, %(error)s, %(audit_actor)s)
WHERE pg_postmaster_start_time() = %(server_started)s::timestamptz;

-- name: event_deliveries_upsert
-- Record one message sent for an event and actor (a replay resets it).
INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
VALUES (%(event_id)s, %(actor_name)s, %(queue_name)s, %(message_id)s)
ON CONFLICT (event_id, actor_name) DO UPDATE
SET status = 'enqueued', message_id = EXCLUDED.message_id, enqueued_at = now(),
    finished_at = NULL
-- The token the message carries: the worker's only way to work for the event's user.
RETURNING event_token(event_id) AS token;

-- name: event_deliveries_started
-- A worker process (its service_instances id) starts a message, committed before the actor
-- runs: returns the earlier starts that never ended and whose worker process is lost, each a
-- worker that died or hung on it; at the limit the delivery is dead-lettered with the reason
-- (db/0020, db/0026).
SELECT delivery_started(%(event_id)s, %(actor_name)s, %(queue_name)s, %(message_id)s,
                        %(token)s, %(limit)s, %(reason)s, %(instance)s) AS unfinished;

-- name: event_deliveries_begin
-- The start above and the actor's read of its event (events_get_one's columns, NULL when
-- retention dropped it), in one statement sent in autocommit: its own transaction, audited as
-- %(audit_actor)s, committed without waiting for the disk (db/0031); and when the server
-- started, for the delivery's end (event_deliveries_end_same_server).
SELECT unfinished, id, kind, subject_table, subject_id, user_id, schedule_id, schedule_version,
       pg_postmaster_start_time() AS server_started
FROM delivery_begin(%(event_id)s, %(actor_name)s, %(queue_name)s, %(message_id)s, %(token)s,
                    %(limit)s, %(reason)s, %(instance)s, %(audit_actor)s);

-- name: event_deliveries_reopen
-- A person replays a delivery: the workers it killed before no longer count against it.
UPDATE event_deliveries SET open_starts = 0, open_start_instances = '{}'
WHERE event_id = %(event_id)s AND actor_name = %(actor_name)s;

-- name: event_deliveries_list_stale
-- Deliveries sent long ago and never finished (the broker may have lost them).
SELECT d.event_id, d.actor_name, d.queue_name, d.message_id
FROM event_deliveries d
WHERE d.status IN ('enqueued', 'retrying') AND d.updated_at < now() - %(age)s
ORDER BY d.updated_at
LIMIT %(limit)s
FOR UPDATE SKIP LOCKED;

-- name: event_deliveries_list_for_replay
-- The deliveries of one event, for a replay.
SELECT event_id, actor_name, queue_name, status
FROM event_deliveries
WHERE event_id = %(event_id)s
ORDER BY actor_name
FOR UPDATE;

-- name: event_deliveries_list_dead
-- The dead letters, newest first.
SELECT d.event_id, e.kind, d.actor_name, d.attempts, d.last_error, d.updated_at,
       e.schedule_id, e.user_id
FROM event_deliveries d JOIN events e ON e.id = d.event_id
WHERE d.status = 'dead'
ORDER BY d.updated_at DESC
LIMIT %(limit)s;

-- name: events_get
-- One event with its deliveries.
SELECT e.*, coalesce(
    (SELECT jsonb_agg(jsonb_build_object(
        'actor_name', d.actor_name, 'status', d.status, 'attempts', d.attempts,
        'last_error', d.last_error, 'updated_at', d.updated_at) ORDER BY d.actor_name)
     FROM event_deliveries d WHERE d.event_id = e.id), '[]') AS deliveries
FROM events e WHERE e.id = %(event_id)s;

-- name: events_list_recent
-- The latest events.
SELECT id, kind, subject_table, subject_id, schedule_id, created_at, dispatched_at
FROM events ORDER BY id DESC LIMIT %(limit)s;

-- name: events_oldest_undispatched
-- Age in seconds of the oldest event no dispatcher has sent yet.
SELECT count(*) AS undispatched,
       extract(epoch FROM now() - min(created_at))::float AS oldest_age_s
FROM events WHERE dispatched_at IS NULL;

-- name: status_counts
-- The core's rows by status; each stage counts its own (its stage.py, status_queries).
SELECT 'core' AS stage, 'event_deliveries' AS tbl, status, count(*) AS n
  FROM event_deliveries GROUP BY status;

-- name: demo_pipeline_settled
-- True when no event is undispatched and no delivery open (the stages' busy_queries say the
-- rest).
SELECT NOT EXISTS (SELECT 1 FROM events WHERE dispatched_at IS NULL)
   AND NOT EXISTS (SELECT 1 FROM event_deliveries WHERE status IN ('enqueued', 'retrying'))
   AS settled;

-- name: events_prune
-- Drop old dispatched events whose every delivery succeeded (dead letters are kept).
WITH doomed AS (
    SELECT e.id FROM events e
    WHERE e.dispatched_at < now() - %(age)s
      AND NOT EXISTS (SELECT 1 FROM event_deliveries d
                      WHERE d.event_id = e.id AND d.status <> 'done')
    ORDER BY e.id
    LIMIT %(limit)s)
-- No FOR UPDATE: it needs UPDATE on events, which only the dispatcher has (db/0027), and no
-- one changes an event dispatched this long ago; two pruners delete the same rows harmlessly.
DELETE FROM events WHERE id IN (SELECT id FROM doomed);

-- name: metrics_dispatch_lag
-- Seconds from an event's commit to its dispatch, over the last five minutes; events of the
-- kinds the dispatcher passes (an unrouted kind's are written dispatched, db/0035).
SELECT count(*) AS n,
       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY lag), 0) AS p50,
       coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY lag), 0) AS p95,
       coalesce(max(lag), 0) AS max
  FROM (SELECT extract(epoch FROM e.dispatched_at - e.created_at) AS lag
          FROM events e
         WHERE e.dispatched_at > now() - interval '5 minutes'
           AND e.kind IN (SELECT k.kind FROM event_kinds k WHERE k.routed)) recent;

-- name: metrics_events_by_kind
-- Events in the outbox by kind and whether dispatched (retention bounds this window).
SELECT kind, dispatched_at IS NOT NULL AS dispatched, count(*) AS n
  FROM events GROUP BY kind, dispatched_at IS NOT NULL;

-- name: metrics_stage_durations
-- Per actor, seconds from enqueue to the end of the delivery over the last hour.
SELECT actor_name, count(*) AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS p50,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY s) AS p95,
       sum(s) AS total
  FROM (SELECT actor_name, extract(epoch FROM finished_at - enqueued_at) AS s
          FROM event_deliveries
         WHERE finished_at > now() - interval '1 hour') recent
 GROUP BY actor_name;

-- name: metrics_failures
-- Dead deliveries by stage and reason (the error's class, the text before its first colon);
-- each stage counts its other failures (its stage.py, failure_reason_queries).
SELECT split_part(actor_name, '.', 1) AS stage,
       left(split_part(coalesce(last_error, 'unknown'), ':', 1), 60) AS reason, count(*) AS n
  FROM event_deliveries WHERE status = 'dead'
 GROUP BY 1, 2;

-- name: service_instances_register
-- A service process starting.
INSERT INTO service_instances (kind, host, pid, beat_interval_s)
VALUES (%(kind)s, %(host)s, %(pid)s, %(interval)s)
RETURNING id;

-- name: service_instances_beat
-- A service process alive, with what it has ridden through so far (it owns its row), and the
-- session it beats on: the killer guard takes the process for lost once that session is gone
-- (db/0026 instance_lost).
UPDATE service_instances
SET last_seen_at = now(), troubles = %(troubles)s, last_error = %(last_error)s,
    stopped_at = CASE WHEN %(stopping)s THEN now() END,
    beat_backend_pid = pg_backend_pid(),
    beat_backend_start = (SELECT a.backend_start FROM pg_stat_activity a
                           WHERE a.pid = pg_backend_pid())
WHERE id = %(id)s;

-- name: service_instances_prune
-- Drop rows of processes that stopped or were lost long ago.
WITH doomed AS (
    SELECT id FROM service_instances
     WHERE coalesce(stopped_at, last_seen_at) < now() - %(age)s
     LIMIT %(limit)s
)
DELETE FROM service_instances s USING doomed WHERE s.id = doomed.id;

-- name: tables_analyze_grown
-- Analyze the tables autovacuum would have, when the server's autovacuum is off (db/0041):
-- each so analyzed, none when autovacuum is on or another caller is at it.
SELECT name FROM analyze_grown_tables() AS name;

-- name: status_services
-- Service processes seen in the last day: running, stopped, or lost (silent for three beats
-- without having stopped: killed, out of memory, its host gone).
SELECT kind, host, pid, started_at, last_seen_at, stopped_at, troubles, last_error,
       CASE WHEN stopped_at IS NOT NULL THEN 'stopped'
            WHEN last_seen_at < now() - make_interval(secs => 3 * beat_interval_s) THEN 'lost'
            ELSE 'running' END AS state
FROM service_instances
WHERE coalesce(stopped_at, last_seen_at) > now() - interval '24 hours'
ORDER BY started_at DESC
LIMIT %(limit)s;

-- name: event_deliveries_seen_waiting
-- The sweep found these deliveries' messages waiting in their queues (behind a backlog, not
-- lost): they age again from now (the trigger sets updated_at), so the next sweeps look at the
-- ones behind them. Their starts are left alone (the killer guard counts those).
UPDATE event_deliveries SET updated_at = now()
FROM unnest(%(event_ids)s::bigint[], %(actor_names)s::text[]) AS w(event_id, actor_name)
WHERE event_deliveries.event_id = w.event_id AND event_deliveries.actor_name = w.actor_name;

-- name: event_deliveries_count_redelivery
-- The scheduler sent this delivery again (pipeline/outbox/redelivery.py).
UPDATE event_deliveries SET redeliveries = redeliveries + 1
WHERE event_id = %(event_id)s AND actor_name = %(actor_name)s;

-- name: status_deliveries_troubled
-- Deliveries of the last hour that needed more than one try, by actor: retried after an
-- error, or sent again after their message was lost.
SELECT actor_name,
       count(*) FILTER (WHERE attempts > 1) AS retried,
       count(*) FILTER (WHERE redeliveries > 0) AS redelivered,
       count(*) FILTER (WHERE status IN ('enqueued', 'retrying')) AS still_open
FROM event_deliveries
WHERE (redeliveries > 0 OR attempts > 1) AND updated_at > now() - interval '1 hour'
GROUP BY actor_name
ORDER BY actor_name;

-- name: doctor_services
-- Per kind of service process: how many beat now, when the latest one that went silent
-- without a stop was last seen, and the latest clean stop (stillontime doctor).
SELECT kind,
       count(*) FILTER (WHERE stopped_at IS NULL
                          AND last_seen_at >= now() - make_interval(secs => 3 * beat_interval_s))
           AS running,
       max(last_seen_at) FILTER (WHERE stopped_at IS NULL
                          AND last_seen_at < now() - make_interval(secs => 3 * beat_interval_s))
           AS lost_seen_at,
       max(stopped_at) AS stopped_at
FROM service_instances
GROUP BY kind;
