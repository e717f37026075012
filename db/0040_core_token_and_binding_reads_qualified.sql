-- Issue 18: the four smallest functions on every delivery's path, without a SET search_path.
--
-- A function's SET clause costs each call a change of the setting and its undoing (a few
-- microseconds), and these four are called about 180 times a call sheet: app_user_id() in every
-- statement under row-level security (79), cross_user_session() in every binding and token check
-- (40), event_token() for every message sent and checked (35), check_event_token() at every
-- delivery's start and end and every binding (29).
--
-- The clause is what keeps a SECURITY DEFINER function from being hijacked: without it a name in
-- the body is looked up in the caller's search_path, where a schema the caller may write to
-- (or its temporary schema, which is searched first for tables) could hold a table, function,
-- operator or type of the same name, run or read with the owner's rights. PostgreSQL's manual
-- ("Writing SECURITY DEFINER Functions Safely") gives the other safe way, taken here: every name
-- in each body is schema-qualified, so nothing in the caller's path is consulted.
--   * tables: public.user_bindings, public.core_secrets (a qualified name is never looked up
--     in pg_temp);
--   * functions: pg_catalog.* for the built-ins, public.* for ours;
--   * operators: OPERATOR(pg_catalog.=) and OPERATOR(pg_catalog.||), whose operands' types are
--     the operator's own (int4, xid8, text, bytea), so no cast is looked up; IS DISTINCT FROM,
--     which cannot name its operator's schema, is written as "(a = b) IS NOT TRUE" with the
--     qualified operator (the same result for NULLs: a missing token still refuses);
--   * types: the one cast is to pg_catalog.text; no variable is declared; the signatures'
--     types were resolved when the functions were made;
--   * session_user and current_user are SQL keywords, not lookups; the literals take the
--     type of the other operand or parameter, as before.
-- No other function loses its clause: bind_user, the delivery functions, the triggers and the
-- rest keep it (they do more, and an outer function's clause also fixes the path of the four
-- above whenever one of them calls them). tests/security/test_event_forgery.py checks that the
-- four answer the same under a caller's search_path that shadows every name they use (a schema
-- ahead of pg_catalog with its own tables, functions and operators of those names).
--
-- Same results, same volatility, same owner and privileges (CREATE OR REPLACE keeps the grants;
-- it also drops the SET clause, as the definition below has none). Safe to run twice.

CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT b.bound_user FROM public.user_bindings b
             WHERE b.pid OPERATOR(pg_catalog.=) pg_catalog.pg_backend_pid()
               AND b.xact_id OPERATOR(pg_catalog.=) pg_catalog.pg_current_xact_id_if_assigned());
END;
$$;

CREATE OR REPLACE FUNCTION cross_user_session() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN pg_catalog.pg_has_role(session_user, current_user, 'MEMBER')
        OR pg_catalog.pg_has_role(session_user, 'stillontime_service', 'MEMBER');
END;
$$;

CREATE OR REPLACE FUNCTION event_token(p_event_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT pg_catalog.encode(
                       pg_catalog.sha256(s.key OPERATOR(pg_catalog.||) pg_catalog.sha256(
                           s.key OPERATOR(pg_catalog.||)
                           pg_catalog.convert_to(p_event_id::pg_catalog.text, 'UTF8'))),
                       'hex')
              FROM public.core_secrets s WHERE s.name OPERATOR(pg_catalog.=) 'event_token');
END;
$$;

CREATE OR REPLACE FUNCTION check_event_token(p_event_id bigint, p_token text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF public.cross_user_session() THEN
        RETURN;  -- the owner, and the services that work across users (scheduler, poller, CLI)
    END IF;
    IF p_event_id IS NULL OR p_token IS NULL
       OR (p_token OPERATOR(pg_catalog.=) public.event_token(p_event_id)) IS NOT TRUE THEN
        RAISE EXCEPTION 'no valid token for event %', p_event_id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'a worker works only for the user of an event the dispatcher sent it';
    END IF;
END;
$$;
