-- A call sheet whose day has a readable date but no readable crew call becomes a schedule in
-- review (issue 17): the crew member gives the call by replying to the review message, and the
-- correction teaches the layout. So call_time may be empty while nobody works from the day
-- (extracted, reviewing, cancelled), never once it is confirmed or modified: nothing
-- downstream (weather, route, calendar, reminders) can plan a day without a call.
-- Safe to run twice.

ALTER TABLE schedule_data ALTER COLUMN call_time DROP NOT NULL;

DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_constraint
         WHERE conrelid = 'schedule_data'::regclass
           AND conname = 'ck_schedule_data_confirmed_has_call_time'
    ) THEN
        ALTER TABLE schedule_data ADD CONSTRAINT ck_schedule_data_confirmed_has_call_time
            CHECK (call_time IS NOT NULL OR status IN ('extracted', 'reviewing', 'cancelled'));
    END IF;
END;
$$;
