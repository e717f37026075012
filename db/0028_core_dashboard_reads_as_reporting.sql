-- The dashboard runs on the command line's login (stillontime_admin, db/0027) and reads every
-- user's rows as stillontime_reporting, read only (pipeline/app/dashboard/data.py): the admin
-- login may take that narrower role. Replay and confirm stay on the admin login itself.
GRANT stillontime_reporting TO stillontime_admin;

SELECT apply_user_isolation();
