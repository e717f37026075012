-- Issue 18 part 3: a notification queued for later is not delivered to a worker at once.
--
-- Every new notification emitted notification_queued, which the dispatcher hands to
-- notify.send_notification; for one scheduled for later (the evening summary, the wake-up and
-- departure reminders: 3 of the 4 per sheet) that delivery found nothing due and did nothing:
-- the scheduler's send_due_notifications pass sends it when its time comes. Such a
-- notification now emits notification_scheduled, which no stage consumes: the outbox and its
-- history keep the row, and no delivery is made. A notification due at once (no time, or a
-- time already past by the database's clock) emits notification_queued as before. Updates of
-- the status are guarded and emit as before; so is an insert in any state other than pending
-- (refused by the state machine, as before).
--
-- Safe to run twice: the kind is inserted once, the triggers dropped and made again.

INSERT INTO event_kinds (kind, description)
VALUES ('notification_scheduled', 'a notification is waiting for its time (sent when due)')
ON CONFLICT (kind) DO NOTHING;

CREATE OR REPLACE FUNCTION emit_notification_scheduled() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    -- Only for a pending notification (the trigger's WHEN), the one state a new one may take.
    PERFORM emit_event('notification_scheduled', TG_TABLE_NAME, NEW.id, NEW.user_id,
                       NEW.schedule_id, NULL, NULL, NEW.status);
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION emit_notification_scheduled() FROM PUBLIC;

DROP TRIGGER IF EXISTS trg_notifications_transition ON notifications;
DROP TRIGGER IF EXISTS trg_notifications_queued ON notifications;
DROP TRIGGER IF EXISTS trg_notifications_scheduled ON notifications;
CREATE TRIGGER trg_notifications_transition
    AFTER UPDATE OF status ON notifications
    FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('status', '', 'schedule_id');
CREATE TRIGGER trg_notifications_queued
    AFTER INSERT ON notifications
    FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM 'pending' OR NEW.scheduled_for IS NULL
          OR NEW.scheduled_for <= now())
    EXECUTE FUNCTION enforce_state_transition('status', '', 'schedule_id');
CREATE TRIGGER trg_notifications_scheduled
    AFTER INSERT ON notifications
    FOR EACH ROW
    WHEN (NEW.status = 'pending' AND NEW.scheduled_for > now())
    EXECUTE FUNCTION emit_notification_scheduled();
