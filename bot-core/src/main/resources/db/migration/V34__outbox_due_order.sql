-- The due messages in the order they are sent (oldest first, then by id) straight from the index, status by status:
-- finding the next hundred no longer reads and sorts every message that is due.
CREATE INDEX ix_reminder_outbox_due_order ON reminder_outbox (status, next_attempt_at, id);
DROP INDEX ix_reminder_outbox_due;
