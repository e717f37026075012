-- Issue 18: a bound transaction's set-up in one statement, and a delivery start that checks its
-- token once.
--
-- 1. Every transaction that works for a user began with three statements (one round trip):
--    BEGIN; a SELECT of set_config for the audit actor, synchronous_commit, the application role
--    and the search path; then bind_user, whose EXECUTE right is checked as the role the second
--    one sets. work_for_user does the second and the third in one call: the same settings,
--    LOCAL to the transaction, in the same order, then the same bind_user, called from inside
--    it once the role is set (PL/pgSQL checks a function's EXECUTE right when the statement
--    that calls it starts, as the current role). It runs as its caller (SECURITY INVOKER, no
--    more rights than the login that calls it, and no SET clause, which would undo the search
--    path it sets at its return), so every name in it is schema-qualified. Only the roles that
--    may become stillontime_app may run it (its members inherit the grant); another login's
--    call fails at set_config('role') as its own statement did.
--
-- 2. delivery_begin (db/0031) ran as its caller and called delivery_started and
--    event_for_worker, each checking the event's token (the same check, twice a delivery
--    start). It now runs as its owner, with its own search path: delivery_started checks the
--    token (and refuses the start without it, as before), and only then is the event read, as
--    event_for_worker (also its owner's) read it. The worker's login may do nothing more than
--    before: start a delivery and read the event of a token it shows.

CREATE OR REPLACE FUNCTION work_for_user(
    p_user_id uuid, p_event_id bigint, p_token text, p_actor text, p_flush boolean
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
BEGIN
    IF p_actor IS NOT NULL OR NOT p_flush THEN
        PERFORM pg_catalog.set_config('stillontime.actor', coalesce(p_actor, ''), true);
    END IF;
    IF NOT p_flush THEN
        PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
    END IF;
    -- A search path with temporary tables last (db/0019): one left in a pooled session cannot
    -- shadow a table.
    PERFORM pg_catalog.set_config('role', 'stillontime_app', true),
            pg_catalog.set_config('search_path', 'public, pg_temp', true);
    PERFORM public.bind_user(p_user_id, p_event_id, p_token);
END;
$$;
REVOKE ALL ON FUNCTION work_for_user(uuid, bigint, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION work_for_user(uuid, bigint, text, text, boolean) TO stillontime_app;

CREATE OR REPLACE FUNCTION delivery_begin(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_limit integer, p_reason text, p_instance uuid, p_audit_actor text
) RETURNS TABLE (unfinished integer, id bigint, kind text, subject_table text, subject_id uuid,
                 user_id uuid, schedule_id uuid, schedule_version integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    lost integer;
BEGIN
    -- Set local inside it, the two settings last until the statement's commit (a function's
    -- SET clause restores only the variable it names).
    PERFORM set_config('synchronous_commit', 'off', true),
            set_config('stillontime.actor', p_audit_actor, true);
    -- Checks the token first: nothing below runs for a worker that does not show it.
    lost := delivery_started(p_event_id, p_actor, p_queue, p_message_id, p_token, p_limit,
                             p_reason, p_instance);
    RETURN QUERY
        SELECT lost, e.id, e.kind, e.subject_table, e.subject_id, e.user_id, e.schedule_id,
               e.schedule_version
          FROM (SELECT) AS one
          LEFT JOIN events e ON e.id = p_event_id;
END;
$$;
REVOKE ALL ON FUNCTION delivery_begin(bigint, text, text, uuid, text, integer, text, uuid, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION delivery_begin(bigint, text, text, uuid, text, integer, text, uuid, text)
    TO stillontime_worker;
