-- Issue 18: the tables' statistics kept current on a server whose autovacuum is off.
--
-- Every statement a service sends is a prepared statement (or one inside a PL/pgSQL function),
-- and PostgreSQL keeps its plan for the session until a table it reads is analyzed or altered.
-- A plan made while the tables were empty and never analyzed picks, for a lookup by key under
-- row-level security, the index of the policy's `user_id = (SELECT app_user_id())` rather
-- than the key's unique index: both estimate one row (no statistics, a table of ten pages),
-- and the user_id one comes out a little cheaper (its condition is an index condition, the
-- key's a filter). The plan is kept, and each lookup then reads every row of its user: a
-- schedule by id, its route plan, weather record and calendar event by schedule, a
-- notification claimed by id, a document with its cached reading. With one user owning the
-- backlog (the throughput bench), a call sheet's PostgreSQL CPU grows with the backlog: 39 ms
-- a sheet at 1,000 sheets, 80 at 10,000 (2026-12-07, main 439a84c, on this machine).
--
-- Autovacuum analyzes a table once n_mod_since_analyze passes autovacuum_analyze_threshold +
-- autovacuum_analyze_scale_factor * reltuples, and the analysis makes every session plan its
-- statements on that table again, with statistics (the user_id index then estimates all of a
-- user's rows, and the unique index wins). A server with autovacuum off (this machine's, the
-- CI's) never does: analyze_grown_tables() does that part of autovacuum's work, the same rule
-- for the tables the migrations' owner owns, and nothing at all when autovacuum is on. The
-- scheduler calls it every minute (autovacuum_naptime's default); one caller at a time (an
-- advisory lock; a second scheduler's call returns at once). ANALYZE takes a SHARE UPDATE
-- EXCLUSIVE lock on each table: reads and writes go on. It runs as the owner (only a table's
-- owner may analyze it), for the scheduler and the command line only. Safe to run twice.
CREATE OR REPLACE FUNCTION analyze_grown_tables() RETURNS SETOF text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    t text;
BEGIN
    IF current_setting('autovacuum')::boolean
       OR NOT pg_try_advisory_xact_lock(hashtextextended('core:analyze_grown_tables', 0)) THEN
        RETURN;
    END IF;
    FOR t IN
        SELECT c.relname::text
          FROM pg_stat_user_tables s
          JOIN pg_class c ON c.oid = s.relid
         WHERE s.schemaname = 'public'
           AND c.relkind = 'r'
           AND c.relowner = (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user)
           AND s.n_mod_since_analyze
               > current_setting('autovacuum_analyze_threshold')::bigint
                 + current_setting('autovacuum_analyze_scale_factor')::float8
                   * greatest(c.reltuples, 0)
         ORDER BY c.relname
    LOOP
        EXECUTE format('ANALYZE public.%I', t);
        RETURN NEXT t;
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION analyze_grown_tables() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION analyze_grown_tables() TO stillontime_scheduler, stillontime_admin;
