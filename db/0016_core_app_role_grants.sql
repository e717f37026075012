-- Stage actors work as stillontime_app (pipeline/actors.py). Tables created by later migrations
-- get the app and reporting grants by default, and every user-scoped table created since 0012
-- is put under the user policy (apply_user_isolation is idempotent).
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO stillontime_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO stillontime_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO stillontime_reporting;
SELECT apply_user_isolation();
