-- Issue 18: a worker's delivery start in one statement, its own transaction.
--
-- The start record (delivery_started, db/0026) and the actor's read of its event
-- (event_for_worker, db/0019) went to the server as one pipelined transaction: BEGIN, the
-- audit actor and synchronous_commit off (set_config), the two statements, COMMIT. On the way
-- to every actor, that is four statements more to parse and run, and pipeline mode's own cost
-- in the client. delivery_begin does the same in one statement, sent in autocommit (the
-- statement is the transaction): the same start, the same event row (its columns NULL when
-- retention dropped the event), the same audit actor, and a commit that does not wait for the
-- disk, as before (a start lost with a crash of the database server costs the count one start,
-- never a delivery).
--
-- It runs as its caller (SECURITY INVOKER: no more rights than the worker's login, which may
-- call both functions it calls), so it needs no pinned search_path: every name it uses is
-- schema-qualified. The two settings, set local inside it, last until the statement's commit.
CREATE OR REPLACE FUNCTION delivery_begin(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_limit integer, p_reason text, p_instance uuid, p_audit_actor text
) RETURNS TABLE (unfinished integer, id bigint, kind text, subject_table text, subject_id uuid,
                 user_id uuid, schedule_id uuid, schedule_version integer)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
DECLARE
    lost integer;
BEGIN
    PERFORM pg_catalog.set_config('synchronous_commit', 'off', true),
            pg_catalog.set_config('stillontime.actor', p_audit_actor, true);
    lost := public.delivery_started(p_event_id, p_actor, p_queue, p_message_id, p_token,
                                    p_limit, p_reason, p_instance);
    RETURN QUERY
        SELECT lost, e.id, e.kind, e.subject_table, e.subject_id, e.user_id, e.schedule_id,
               e.schedule_version
          FROM (SELECT) AS one
          LEFT JOIN public.event_for_worker(p_event_id, p_token) AS e ON true;
END;
$$;
REVOKE ALL ON FUNCTION delivery_begin(bigint, text, text, uuid, text, integer, text, uuid, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION delivery_begin(bigint, text, text, uuid, text, integer, text, uuid, text)
    TO stillontime_worker;
