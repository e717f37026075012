-- Issue 16, the rest of the design fault: only `db migrate` logs in as the owner. Every other
-- service has a login of its own that is not the owner and cannot SET ROLE to it (none is a
-- member of the owner), so an injected RESET ROLE or SET ROLE gains nothing:
--
-- * stillontime_dispatcher: the outbox only. It reads every event (it routes them all) and may
--   change only events.dispatched_at; it records deliveries (event_deliveries) and reads their
--   tokens (event_token); its own heartbeat (service_instances). No user table, no secret.
-- * stillontime_scheduler, stillontime_poller, stillontime_admin (the command line): members of
--   stillontime_service, which works across users (their jobs and commands span every user);
--   the deliveries, the tokens and the outbox's pruning are the scheduler's and the command
--   line's only. They own nothing: no DDL (so no policy dropped, no row security turned off, no trigger
--   disabled), no core_secrets or user_bindings, no schema_migrations, the audit log, the
--   state machines and the event kinds read only, the outbox never rewritten (no UPDATE of
--   events). A member may bind its transaction to one user without an event token
--   (act_for_user): it then works as stillontime_app for that user only, like a worker.
-- * The worker (db/0019) is unchanged: it binds a user only with the dispatcher's token.

DO $$
DECLARE
    login text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stillontime_service') THEN
        CREATE ROLE stillontime_service NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
    FOREACH login IN ARRAY ARRAY['stillontime_dispatcher', 'stillontime_scheduler',
                                 'stillontime_poller', 'stillontime_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS '
                           'NOREPLICATION', login);
        END IF;
    END LOOP;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- another database's migrator
END
$$;
GRANT stillontime_service TO stillontime_scheduler, stillontime_poller, stillontime_admin;
-- To work for one user (SET LOCAL ROLE stillontime_app, then bind_user).
GRANT stillontime_app TO stillontime_service;

-- Sessions that may work across users: the owner's (db migrate, tests) and the services'.
-- Runs inside the SECURITY DEFINER functions below, where current_user is the owner.
CREATE OR REPLACE FUNCTION cross_user_session() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, current_user, 'MEMBER')
        OR pg_has_role(session_user, 'stillontime_service', 'MEMBER')
$$;
REVOKE ALL ON FUNCTION cross_user_session() FROM PUBLIC;

CREATE OR REPLACE FUNCTION check_event_token(p_event_id bigint, p_token text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF cross_user_session() THEN
        RETURN;  -- the owner, and the services that work across users (scheduler, poller, CLI)
    END IF;
    IF p_event_id IS NULL OR p_token IS NULL OR p_token IS DISTINCT FROM event_token(p_event_id) THEN
        RAISE EXCEPTION 'no valid token for event %', p_event_id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'a worker works only for the user of an event the dispatcher sent it';
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION bind_user(p_user_id uuid, p_event_id bigint DEFAULT NULL,
                                     p_token text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    bound uuid;
BEGIN
    IF p_user_id IS NULL THEN
        RAISE EXCEPTION 'bind_user needs a user' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT cross_user_session() THEN
        PERFORM check_event_token(p_event_id, p_token);
        IF NOT EXISTS (SELECT 1 FROM events e WHERE e.id = p_event_id AND e.user_id = p_user_id) THEN
            RAISE EXCEPTION 'event % is not for user %', p_event_id, p_user_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    SELECT b.bound_user INTO bound FROM user_bindings b
     WHERE b.pid = pg_backend_pid() AND b.xact_id = pg_current_xact_id();
    IF FOUND THEN
        IF bound <> p_user_id THEN
            RAISE EXCEPTION 'this transaction already works for another user'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN;
    END IF;
    INSERT INTO user_bindings (pid, xact_id, bound_user)
    VALUES (pg_backend_pid(), pg_current_xact_id(), p_user_id)
    ON CONFLICT (pid) DO UPDATE SET xact_id = EXCLUDED.xact_id, bound_user = EXCLUDED.bound_user;
END;
$$;

-- The services' functions: the dispatcher reads tokens; the scheduler (redelivery) and the
-- command line (replay) re-send, and read an event as the actors do. The poller sends nothing.
GRANT EXECUTE ON FUNCTION event_token(bigint)
    TO stillontime_dispatcher, stillontime_scheduler, stillontime_admin;
GRANT EXECUTE ON FUNCTION event_for_worker(bigint, text)
    TO stillontime_scheduler, stillontime_admin;

-- apply_user_isolation (db/0019) with the service logins: run again by every migration that
-- adds a table.
CREATE OR REPLACE FUNCTION apply_user_isolation() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    t record;
    n integer := 0;
BEGIN
    GRANT USAGE ON SCHEMA public TO stillontime_app, stillontime_reporting,
        stillontime_dispatcher, stillontime_service;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stillontime_app;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO stillontime_reporting;
    REVOKE ALL ON core_secrets, user_bindings FROM stillontime_reporting;
    FOR t IN
        SELECT c.relname AS name,
               CASE WHEN c.relname = 'users' THEN 'id' ELSE 'user_id' END AS col,
               c.relname <> 'audit_log' AND (c.relname = 'users' OR EXISTS (
                   SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname = 'user_id' AND NOT a.attisdropped))
                   AS user_scoped
          FROM pg_class c
          JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
         WHERE c.relkind IN ('r', 'p')
    LOOP
        -- The cross-user services: what the app may, on every user's rows, and the operational
        -- tables (narrowed after the loop). The dispatcher: nothing but what follows the loop.
        EXECUTE format('REVOKE ALL ON %I FROM stillontime_dispatcher', t.name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stillontime_service',
                       t.name);
        IF NOT t.user_scoped THEN
            EXECUTE format('REVOKE ALL ON %I FROM stillontime_app', t.name);
            CONTINUE;
        END IF;
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stillontime_app', t.name);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
        EXECUTE format('DROP POLICY IF EXISTS p_%s_user_isolation ON %I', t.name, t.name);
        EXECUTE format(
            'CREATE POLICY p_%s_user_isolation ON %I FOR ALL TO stillontime_app '
            'USING (%I = (SELECT app_user_id())) WITH CHECK (%I = (SELECT app_user_id()))',
            t.name, t.name, t.col, t.col);
        EXECUTE format('DROP POLICY IF EXISTS p_%s_reporting ON %I', t.name, t.name);
        EXECUTE format(
            'CREATE POLICY p_%s_reporting ON %I FOR SELECT TO stillontime_reporting USING (true)',
            t.name, t.name);
        -- Every user's rows for the services, but only until they SET ROLE stillontime_app to
        -- work for one user: then the user policy alone applies.
        EXECUTE format('DROP POLICY IF EXISTS p_%s_service ON %I', t.name, t.name);
        EXECUTE format(
            'CREATE POLICY p_%s_service ON %I FOR ALL TO stillontime_service '
            'USING (true) WITH CHECK (true)', t.name, t.name);
        n := n + 1;
    END LOOP;
    -- The outbox is written by the state machines' triggers as the user, never changed.
    REVOKE UPDATE, DELETE ON events FROM stillontime_app;
    -- What a stage reads outside its user: the event kinds and the state machines (the
    -- transition trigger runs as the user).
    GRANT SELECT ON event_kinds, state_transitions TO stillontime_app;
    -- The worker login's own row in service_instances (its heartbeat).
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM stillontime_worker;
    GRANT SELECT, INSERT, UPDATE ON service_instances TO stillontime_worker;
    -- The cross-user services own nothing: no secret, no binding but through bind_user, no
    -- migration record; the audit log, the state machines and the kinds read only; the outbox
    -- read, written by triggers and pruned, never rewritten (only the dispatcher marks it).
    REVOKE ALL ON core_secrets, user_bindings, schema_migrations FROM stillontime_service;
    REVOKE INSERT, UPDATE, DELETE ON audit_log, state_transitions, event_kinds
        FROM stillontime_service;
    REVOKE UPDATE ON events FROM stillontime_service;
    -- The deliveries and the pruning of the outbox are the scheduler's (redelivery, retention)
    -- and the command line's (replay), not the poller's.
    REVOKE ALL ON event_deliveries FROM stillontime_service;
    REVOKE DELETE ON events FROM stillontime_service;
    GRANT SELECT, INSERT, UPDATE, DELETE ON event_deliveries
        TO stillontime_scheduler, stillontime_admin;
    GRANT DELETE ON events TO stillontime_scheduler, stillontime_admin;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stillontime_service;
    -- The dispatcher: claims undispatched events and marks them, records the deliveries, and
    -- keeps its heartbeat row. Row security lets it see every event, no other user table.
    GRANT SELECT, UPDATE (dispatched_at) ON events TO stillontime_dispatcher;
    DROP POLICY IF EXISTS p_events_dispatcher_read ON events;
    CREATE POLICY p_events_dispatcher_read ON events FOR SELECT TO stillontime_dispatcher
        USING (true);
    DROP POLICY IF EXISTS p_events_dispatcher_mark ON events;
    CREATE POLICY p_events_dispatcher_mark ON events FOR UPDATE TO stillontime_dispatcher
        USING (true) WITH CHECK (true);
    GRANT SELECT, INSERT, UPDATE ON event_deliveries, service_instances
        TO stillontime_dispatcher;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stillontime_dispatcher;
    RETURN n;
END;
$$;
REVOKE ALL ON FUNCTION apply_user_isolation() FROM PUBLIC;

SELECT apply_user_isolation();
