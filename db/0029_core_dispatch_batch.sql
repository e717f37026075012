-- Issue 18: fewer round trips and less planning between an event's commit and its actor.
--
-- 1. The dispatcher's pass in one statement. Claiming a batch of undispatched events, marking
-- them dispatched and recording one delivery per (event, routed actor) took a round trip per
-- statement (claim, one upsert per message, mark). The routes stay the dispatcher's (the stages
-- declare them in Python): it passes them as three parallel arrays, kind -> actor and queue, in
-- its order. One row comes back per delivery, with its new message id and the token the worker
-- shows (db/0019), and one row with a NULL actor per claimed event nobody consumes (marked all
-- the same), so the caller counts the events. The caller commits after its enqueues, as
-- before: a crash in between leaves the events undispatched for the next pass. PL/pgSQL keeps
-- the statements' plans for the session; it runs as the caller (the dispatcher's login may do
-- each part, db/0027).
CREATE OR REPLACE FUNCTION events_dispatch_batch(
    p_limit integer, p_kinds text[], p_actors text[], p_queues text[]
) RETURNS TABLE (event_id bigint, kind text, actor_name text, queue_name text, message_id uuid,
                 token text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    ids bigint[];
    claimed_kinds text[];
BEGIN
    SELECT array_agg(c.id ORDER BY c.id), array_agg(c.kind ORDER BY c.id)
      INTO ids, claimed_kinds
      FROM (SELECT e.id, e.kind FROM events e
             WHERE e.dispatched_at IS NULL
             ORDER BY e.id
             LIMIT p_limit
               FOR UPDATE SKIP LOCKED) c;
    IF ids IS NULL THEN
        RETURN;
    END IF;
    UPDATE events e SET dispatched_at = now() WHERE e.id = ANY (ids);
    RETURN QUERY
        WITH routed AS MATERIALIZED (
            SELECT c.id, c.kind, r.actor, r.queue, r.ord
              FROM unnest(ids, claimed_kinds) AS c(id, kind)
              LEFT JOIN unnest(p_kinds, p_actors, p_queues) WITH ORDINALITY
                        AS r(kind, actor, queue, ord)
                ON r.kind = c.kind
        ), delivered AS (
            INSERT INTO event_deliveries AS d (event_id, actor_name, queue_name, message_id)
            SELECT t.id, t.actor, t.queue, gen_random_uuid()
              FROM routed t WHERE t.actor IS NOT NULL
             ORDER BY t.id, t.ord
            ON CONFLICT ON CONSTRAINT event_deliveries_pkey DO UPDATE
            SET status = 'enqueued', message_id = EXCLUDED.message_id, enqueued_at = now(),
                finished_at = NULL
            RETURNING d.event_id, d.actor_name, d.message_id
        )
        SELECT t.id, t.kind, t.actor, t.queue, d.message_id,
               CASE WHEN t.actor IS NOT NULL THEN event_token(t.id) END
          FROM routed t
          LEFT JOIN delivered d ON d.event_id = t.id AND d.actor_name = t.actor
         ORDER BY t.id, t.ord;
END;
$$;
REVOKE ALL ON FUNCTION events_dispatch_batch(integer, text[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION events_dispatch_batch(integer, text[], text[], text[])
    TO stillontime_dispatcher;

-- 2. The small functions on every delivery's path, the same in PL/pgSQL. A SQL function that
-- cannot be inlined (these run as their owner, with a search_path of their own) is parsed and
-- planned again in each statement that calls it: the token in every claim, every delivery
-- start and end and every event read (check_event_token), the session test in every binding,
-- and app_user_id() in every statement under row-level security. PL/pgSQL plans each once per
-- session. Same signatures, same results, same privileges (CREATE OR REPLACE keeps them).
CREATE OR REPLACE FUNCTION event_token(p_event_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT encode(sha256(s.key || sha256(s.key || convert_to(p_event_id::text, 'UTF8'))),
                          'hex')
              FROM core_secrets s WHERE s.name = 'event_token');
END;
$$;

CREATE OR REPLACE FUNCTION cross_user_session() RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
BEGIN
    RETURN pg_has_role(session_user, current_user, 'MEMBER')
        OR pg_has_role(session_user, 'stillontime_service', 'MEMBER');
END;
$$;

CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT b.bound_user FROM user_bindings b
             WHERE b.pid = pg_backend_pid() AND b.xact_id = pg_current_xact_id_if_assigned());
END;
$$;
