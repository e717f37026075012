-- Issue 16: the stage workers log in as a role of their own that is not the owner, and the user
-- a transaction works for is bound by the database, not by a setting anyone can change.
--
-- * stillontime_worker (LOGIN, member of stillontime_app only): the Dramatiq workers' login. It
--   cannot SET ROLE to the owner, so an injected RESET ROLE gains nothing.
-- * bind_user() is the one way to work for a user. The binding lives in user_bindings, which
--   only the owner can write, for this backend and this transaction; a second call for another
--   user in the same transaction is refused. A session that is not the owner's must show the
--   token the dispatcher put in the message (event_token), so a worker can only ever work for
--   the user of an event it was sent.
-- * app_user_id(), which every user policy reads, returns that binding; set_config on
--   stillontime.user_id no longer means anything.
-- * emit_event runs as its caller (row-level security checks the user) and only the app role
--   may call it; every SECURITY DEFINER function is executable by the roles named here only.
-- * extract_cache is per user; the app role keeps no grant on a table outside the user policy
--   but the reads listed in apply_user_isolation().

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stillontime_worker') THEN
        CREATE ROLE stillontime_worker LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
            NOREPLICATION;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- another database's migrator
END
$$;
GRANT stillontime_app TO stillontime_worker;
-- Nobody but the owner creates objects in the schema (PUBLIC could before PostgreSQL 15), nor
-- temporary tables, which are searched before the schema and would outlive a transaction in a
-- pooled session (pipeline/db/connection.py also puts pg_temp last in every bound transaction).
-- Only the database's owner may revoke the latter; a migrator that is not says so and goes on.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'not the database owner: revoke TEMPORARY on % from PUBLIC by hand',
        current_database();
END
$$;

-- Secrets of the core, readable by the owner only.
CREATE TABLE IF NOT EXISTS core_secrets (
    name text PRIMARY KEY,
    key  bytea NOT NULL,
    CONSTRAINT ck_core_secrets_key CHECK (octet_length(key) >= 16)
);
REVOKE ALL ON core_secrets FROM PUBLIC, stillontime_app, stillontime_reporting, stillontime_worker;
-- 244 random bits from the server's strong random source.
INSERT INTO core_secrets (name, key)
VALUES ('event_token', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
                              'hex'))
ON CONFLICT (name) DO NOTHING;

-- Which user each backend's current transaction works for (one row per backend, overwritten by
-- its next transaction). Unlogged: a crash loses only bindings of transactions that died too.
CREATE UNLOGGED TABLE IF NOT EXISTS user_bindings (
    pid        integer PRIMARY KEY,
    xact_id    xid8 NOT NULL,
    bound_user uuid NOT NULL
);
REVOKE ALL ON user_bindings FROM PUBLIC, stillontime_app, stillontime_reporting, stillontime_worker;

-- The token the dispatcher sends with an event's messages (owner only).
CREATE OR REPLACE FUNCTION event_token(p_event_id bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT encode(sha256(s.key || sha256(s.key || convert_to(p_event_id::text, 'UTF8'))), 'hex')
      FROM core_secrets s WHERE s.name = 'event_token'
$$;

-- Refuses a session that is not the owner's unless it shows the event's token.
CREATE OR REPLACE FUNCTION check_event_token(p_event_id bigint, p_token text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_has_role(session_user, current_user, 'MEMBER') THEN
        RETURN;  -- the owner's own services (CLI, dispatcher, scheduler, tests)
    END IF;
    IF p_event_id IS NULL OR p_token IS NULL OR p_token IS DISTINCT FROM event_token(p_event_id) THEN
        RAISE EXCEPTION 'no valid token for event %', p_event_id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'a worker works only for the user of an event the dispatcher sent it';
    END IF;
END;
$$;

-- Binds the current transaction to a user, once.
CREATE OR REPLACE FUNCTION bind_user(p_user_id uuid, p_event_id bigint DEFAULT NULL,
                                     p_token text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    bound uuid;
BEGIN
    IF p_user_id IS NULL THEN
        RAISE EXCEPTION 'bind_user needs a user' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
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

-- The user the current transaction is bound to; NULL (no rows match) when none.
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT b.bound_user FROM user_bindings b
     WHERE b.pid = pg_backend_pid() AND b.xact_id = pg_current_xact_id_if_assigned()
$$;

-- The outbox row an actor was sent (the worker cannot read events outside its user).
CREATE OR REPLACE FUNCTION event_for_worker(p_event_id bigint, p_token text)
RETURNS TABLE (id bigint, kind text, subject_table text, subject_id uuid, user_id uuid,
               schedule_id uuid, schedule_version integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM check_event_token(p_event_id, p_token);
    RETURN QUERY
        SELECT e.id, e.kind, e.subject_table, e.subject_id, e.user_id, e.schedule_id,
               e.schedule_version
          FROM events e WHERE e.id = p_event_id;
END;
$$;

-- How a worker's delivery ended: done, retrying, dead or skipped (given up unrun).
CREATE OR REPLACE FUNCTION delivery_finished(
    p_event_id bigint, p_actor text, p_queue text, p_message_id uuid, p_token text,
    p_outcome text, p_error text DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM check_event_token(p_event_id, p_token);
    -- The dispatcher commits its delivery row after the enqueue: this waits for that commit,
    -- and makes the row if the dispatcher rolled back.
    INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id)
    VALUES (p_event_id, p_actor, p_queue, p_message_id)
    ON CONFLICT (event_id, actor_name) DO NOTHING;
    CASE p_outcome
        WHEN 'done' THEN
            PERFORM record_done_delivery(p_event_id, p_actor);
        WHEN 'retrying' THEN
            UPDATE event_deliveries
               SET status = 'retrying', attempts = attempts + 1, last_error = left(p_error, 2000)
             WHERE event_id = p_event_id AND actor_name = p_actor;
        WHEN 'dead' THEN
            UPDATE event_deliveries SET attempts = attempts + 1
             WHERE event_id = p_event_id AND actor_name = p_actor;
            PERFORM record_dead_delivery(p_event_id, p_actor, p_error);
        WHEN 'skipped' THEN
            PERFORM record_dead_delivery(p_event_id, p_actor, 'skipped');
        ELSE
            RAISE EXCEPTION 'unknown delivery outcome %', p_outcome
                USING ERRCODE = 'invalid_parameter_value';
    END CASE;
END;
$$;

-- The outbox: written as the caller, so row-level security holds the app role to its user.
CREATE OR REPLACE FUNCTION emit_event(
    p_kind text, p_subject_table text, p_subject_id uuid, p_user_id uuid,
    p_schedule_id uuid, p_schedule_version integer, p_from text, p_to text
) RETURNS bigint
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    new_id bigint;
    bound  uuid := app_user_id();
BEGIN
    IF bound IS NOT NULL AND p_user_id IS DISTINCT FROM bound THEN
        RAISE EXCEPTION 'an event for user % from a transaction working for %', p_user_id, bound
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO events (kind, subject_table, subject_id, user_id, schedule_id, schedule_version,
                        from_state, to_state)
    VALUES (p_kind, p_subject_table, p_subject_id, p_user_id, p_schedule_id, p_schedule_version,
            p_from, p_to)
    RETURNING id INTO new_id;
    -- The payload is the id only: NOTIFY is a wake-up hint, the outbox row is the record.
    PERFORM pg_notify(p_kind, new_id::text);
    RETURN new_id;
END;
$$;

-- Who may run what: nothing SECURITY DEFINER (and nothing that hands out power) is PUBLIC's.
REVOKE ALL ON FUNCTION emit_event(text, text, uuid, uuid, uuid, integer, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_row_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION event_token(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION check_event_token(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION bind_user(uuid, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_user_id() FROM PUBLIC;
REVOKE ALL ON FUNCTION event_for_worker(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION delivery_finished(bigint, text, text, uuid, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION record_dead_delivery(bigint, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION record_done_delivery(bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION apply_user_isolation() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION emit_event(text, text, uuid, uuid, uuid, integer, text, text)
    TO stillontime_app;
GRANT EXECUTE ON FUNCTION bind_user(uuid, bigint, text) TO stillontime_app;
GRANT EXECUTE ON FUNCTION app_user_id() TO stillontime_app;
GRANT EXECUTE ON FUNCTION event_for_worker(bigint, text) TO stillontime_worker;
GRANT EXECUTE ON FUNCTION delivery_finished(bigint, text, text, uuid, text, text, text)
    TO stillontime_worker;

-- The extract cache, per user: a reading one user's worker wrote is never another's.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_attribute
                    WHERE attrelid = 'extract_cache'::regclass AND attname = 'user_id'
                      AND NOT attisdropped) THEN
        ALTER TABLE extract_cache ADD COLUMN user_id uuid;
        ALTER TABLE extract_cache DROP CONSTRAINT extract_cache_pkey;
        -- Keep what was read, for each user who has that PDF.
        INSERT INTO extract_cache (user_id, sha256, extractor_version, result, created_at)
        SELECT DISTINCT ON (d.user_id, c.sha256, c.extractor_version)
               d.user_id, c.sha256, c.extractor_version, c.result, c.created_at
          FROM extract_cache c JOIN documents d ON d.sha256 = c.sha256
         WHERE c.user_id IS NULL;
        DELETE FROM extract_cache WHERE user_id IS NULL;
        ALTER TABLE extract_cache ALTER COLUMN user_id SET NOT NULL;
        ALTER TABLE extract_cache ADD CONSTRAINT extract_cache_pkey
            PRIMARY KEY (user_id, sha256, extractor_version);
        ALTER TABLE extract_cache ADD CONSTRAINT fk_extract_cache_user_id FOREIGN KEY (user_id)
            REFERENCES users (id) ON DELETE CASCADE;
    END IF;
END
$$;

-- Grants, policies and the app role's reach, applied again by every migration that adds a
-- table: a table with a user_id column (and users) is under the user policy and the app role
-- may read and write its user's rows there; on any other table the app role has only what is
-- granted at the end of this function. Policies read the binding once per statement.
CREATE OR REPLACE FUNCTION apply_user_isolation() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    t record;
    n integer := 0;
BEGIN
    GRANT USAGE ON SCHEMA public TO stillontime_app, stillontime_reporting;
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
    RETURN n;
END;
$$;
REVOKE ALL ON FUNCTION apply_user_isolation() FROM PUBLIC;

SELECT apply_user_isolation();
