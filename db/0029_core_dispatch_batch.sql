-- Issue 18: the dispatcher's pass in one statement. Claiming a batch of undispatched events,
-- marking them dispatched and recording one delivery per (event, routed actor) took a round
-- trip per statement (claim, one upsert per message, mark); an idle pipeline's single event
-- paid all of them before its message reached Redis. The routes stay the dispatcher's (the
-- stages declare them in Python): it passes them as three parallel arrays, kind -> actor and
-- queue, in its order. One row comes back per delivery, with its new message id and the token
-- the worker shows (db/0019), and one row with a NULL actor per claimed event nobody consumes
-- (marked all the same), so the caller counts the events. The caller commits after its
-- enqueues, as before: a crash in between leaves the events undispatched for the next pass.
-- Runs as the caller (the dispatcher's login may do each part, db/0027).
CREATE OR REPLACE FUNCTION events_dispatch_batch(
    p_limit integer, p_kinds text[], p_actors text[], p_queues text[]
) RETURNS TABLE (event_id bigint, kind text, actor_name text, queue_name text, message_id uuid,
                 token text)
LANGUAGE sql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
    WITH claimed AS MATERIALIZED (
        SELECT e.id, e.kind FROM events e
         WHERE e.dispatched_at IS NULL
         ORDER BY e.id
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED
    ), marked AS (
        UPDATE events e SET dispatched_at = now() FROM claimed c WHERE e.id = c.id
    ), routed AS MATERIALIZED (
        SELECT c.id, c.kind, r.actor, r.queue, r.ord
          FROM claimed c
          LEFT JOIN unnest(p_kinds, p_actors, p_queues) WITH ORDINALITY AS r(kind, actor, queue, ord)
            ON r.kind = c.kind
    ), delivered AS (
        INSERT INTO event_deliveries AS d (event_id, actor_name, queue_name, message_id)
        SELECT id, actor, queue, gen_random_uuid() FROM routed WHERE actor IS NOT NULL
        ORDER BY id, ord
        ON CONFLICT (event_id, actor_name) DO UPDATE
        SET status = 'enqueued', message_id = EXCLUDED.message_id, enqueued_at = now(),
            finished_at = NULL
        RETURNING d.event_id, d.actor_name, d.message_id
    )
    SELECT r.id, r.kind, r.actor, r.queue, d.message_id,
           CASE WHEN r.actor IS NOT NULL THEN event_token(r.id) END
      FROM routed r
      LEFT JOIN delivered d ON d.event_id = r.id AND d.actor_name = r.actor
     ORDER BY r.id, r.ord
$$;
REVOKE ALL ON FUNCTION events_dispatch_batch(integer, text[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION events_dispatch_batch(integer, text[], text[], text[])
    TO stillontime_dispatcher;
