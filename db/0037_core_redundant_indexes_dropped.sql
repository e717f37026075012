-- Issue 18: indexes that a unique index of the same table already gives, dropped.
--
-- Each index below is a plain b-tree on the same leading columns as a unique index of its table
-- (a unique constraint's, or idx_schedule_data_identity): the same column, or the first columns
-- of it. Every lookup it served the unique index serves the same way (equality on its leading
-- columns, the same order), and every row written paid for both. Four of them are exact copies,
-- on tables a call sheet writes once each (a route plan, a weather record, a calendar event, a
-- summary); the rest are the user_id indexes of tables whose unique index begins with user_id
-- (row-level security's `user_id = app_user_id()`, and the cascade of a user's deletion, use
-- that one). The unique indexes, and so every guarantee, stay as they were.

DROP INDEX IF EXISTS idx_route_plans_schedule_id;        -- uq_route_plans_schedule_id
DROP INDEX IF EXISTS idx_weather_data_schedule_id;       -- uq_weather_data_schedule_id
DROP INDEX IF EXISTS idx_calendar_events_schedule_id;    -- uq_calendar_events_schedule_id
DROP INDEX IF EXISTS idx_summaries_schedule_id;          -- uq_summaries_schedule_id
DROP INDEX IF EXISTS idx_user_configs_user_id;           -- uq_user_configs_user_id

DROP INDEX IF EXISTS idx_schedule_data_user_id;          -- idx_schedule_data_identity (unique)
DROP INDEX IF EXISTS idx_processed_emails_user_id;       -- uq_processed_emails_user_id_message_id
DROP INDEX IF EXISTS idx_calendar_events_user_id;        -- uq_calendar_events_provider_event
DROP INDEX IF EXISTS idx_notifications_user_id;          -- uq_notifications_idempotency_key
DROP INDEX IF EXISTS idx_oauth_tokens_user_id;           -- uq_oauth_tokens_user_id_provider
DROP INDEX IF EXISTS idx_notification_channels_user_id;  -- uq_notification_channels_user_id_name
DROP INDEX IF EXISTS idx_contacts_user_id;               -- uq_contacts_person
DROP INDEX IF EXISTS idx_review_replies_user_id;         -- uq_review_replies_message
DROP INDEX IF EXISTS idx_learnt_layouts_key;             -- uq_learnt_layouts_rule
