-- Row-level security: the services may work as stillontime_app, which sees and writes only the
-- rows of the user named for the transaction (SET LOCAL stillontime.user_id); unset means no
-- rows at all (fail closed). stillontime_reporting reads every row and writes none. The owner
-- (migrations, dispatcher, scheduler sweeps) is not subject to the policies.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stillontime_app') THEN
        CREATE ROLE stillontime_app NOLOGIN NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stillontime_reporting') THEN
        CREATE ROLE stillontime_reporting NOLOGIN NOBYPASSRLS;
    END IF;
END
$$;

-- The user a transaction works for; NULL (so no row matches) when none was set.
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('stillontime.user_id', true), '')::uuid
$$;

-- The outbox and the audit log are written by triggers on the user's own changes, so those
-- functions run as their owner: the app role can neither read nor forge other users' records.
ALTER FUNCTION emit_event(text, text, uuid, uuid, uuid, integer, text, text) SECURITY DEFINER;
ALTER FUNCTION audit_row_change() SECURITY DEFINER;
ALTER FUNCTION emit_event(text, text, uuid, uuid, uuid, integer, text, text)
    SET search_path = public, pg_temp;
ALTER FUNCTION audit_row_change() SET search_path = public, pg_temp;

-- Puts every table that has a user_id column (and users itself) under the user policy.
-- Later migrations that add user-scoped tables call it again; a test checks none is missed.
CREATE OR REPLACE FUNCTION apply_user_isolation() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    t record;
    n integer := 0;
BEGIN
    GRANT USAGE ON SCHEMA public TO stillontime_app, stillontime_reporting;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO stillontime_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO stillontime_app;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO stillontime_reporting;
    -- Nobody but the owner touches the audit log or the migrations record.
    REVOKE ALL ON audit_log, schema_migrations FROM stillontime_app;
    GRANT SELECT ON audit_log TO stillontime_reporting;
    FOR t IN
        SELECT c.relname AS name,
               CASE WHEN c.relname = 'users' THEN 'id' ELSE 'user_id' END AS col
          FROM pg_class c
          JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
         WHERE c.relkind IN ('r', 'p')
           AND (c.relname = 'users' OR EXISTS (
                SELECT 1 FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attname = 'user_id' AND NOT a.attisdropped))
           AND c.relname <> 'audit_log'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
        EXECUTE format('DROP POLICY IF EXISTS p_%s_user_isolation ON %I', t.name, t.name);
        EXECUTE format(
            'CREATE POLICY p_%s_user_isolation ON %I FOR ALL TO stillontime_app '
            'USING (%I = app_user_id()) WITH CHECK (%I = app_user_id())',
            t.name, t.name, t.col, t.col);
        EXECUTE format('DROP POLICY IF EXISTS p_%s_reporting ON %I', t.name, t.name);
        EXECUTE format(
            'CREATE POLICY p_%s_reporting ON %I FOR SELECT TO stillontime_reporting USING (true)',
            t.name, t.name);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$$;

SELECT apply_user_isolation();
