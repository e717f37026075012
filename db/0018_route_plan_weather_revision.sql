-- The straight path (schedule -> weather -> route -> calendar -> notify): route plans only on
-- weather_assessed, so a plan records which weather revision it was made with. A message about
-- a weather revision the plan already has is a repeat (nothing to do), and a plan made with an
-- older revision never overwrites one made with a newer (revisions of a schedule's weather
-- record only grow). NULL: planned without weather (`stillontime route plan`, or before this).
ALTER TABLE route_plans ADD COLUMN IF NOT EXISTS weather_revision integer;
