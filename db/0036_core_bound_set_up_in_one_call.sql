-- Issue 18: a bound transaction's set-up in one statement.
--
-- Every transaction that works for a user began with three statements (one round trip):
-- BEGIN; a SELECT of set_config for the audit actor, synchronous_commit, the application role
-- and the search path; then bind_user, whose EXECUTE right is checked as the role the second one
-- sets. work_for_user does the second and the third in one call: the same settings, LOCAL to
-- the transaction, in the same order, then the same bind_user, called from inside it once the
-- role is set (PL/pgSQL checks a function's EXECUTE right when the statement that calls it
-- starts, as the current role). It runs as its caller (SECURITY INVOKER, no more rights than
-- the login that calls it, and no SET clause, which would undo the search path it sets at its
-- return), so every name in it is schema-qualified. Only the roles that may become
-- stillontime_app may run it (its members inherit the grant); another login's call would fail
-- at set_config('role') as its own statement did.

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
