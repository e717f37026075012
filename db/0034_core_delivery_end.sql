-- Issue 18: a worker's delivery end in one statement, its own transaction.
--
-- A delivery's end (delivery_finished, db/0019-0026) went to the server as one pipelined
-- transaction: BEGIN, the audit actor (set_config), the call, COMMIT; four statements to parse
-- and run on the way out of every actor, and pipeline mode's own cost in the client.
-- delivery_end does the same in one statement, sent in autocommit (the statement is the
-- transaction), as delivery_begin (db/0031) does for the start: the same record, the same
-- token check, the same audit actor. Unlike the start, its commit waits for the disk, as before:
-- a delivery recorded done must stay done.
--
-- It runs as its caller (SECURITY INVOKER: no more rights than the worker's login, which may
-- call delivery_finished), so it needs no pinned search_path: every name it uses is
-- schema-qualified. The actor setting, set local inside it, lasts until the statement's commit.
CREATE OR REPLACE FUNCTION delivery_end(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_outcome text, p_error text, p_audit_actor text
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
BEGIN
    PERFORM pg_catalog.set_config('stillontime.actor', p_audit_actor, true);
    PERFORM public.delivery_finished(p_event_id, p_actor, p_queue, p_message_id, p_token,
                                     p_outcome, p_error);
END;
$$;
REVOKE ALL ON FUNCTION delivery_end(bigint, text, text, uuid, text, text, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION delivery_end(bigint, text, text, uuid, text, text, text, text)
    TO stillontime_worker;
