-- Settled reminders are forgotten after 90 days. Deleting an occurrence makes the database look for messages still
-- pointing at it (PostgreSQL does not index a foreign key by itself), and the daily prune finds old occurrences by
-- when they were recorded.
CREATE INDEX ix_reminder_outbox_occurrence ON reminder_outbox (occurrence_id);
CREATE INDEX ix_reminder_occurrences_recorded ON reminder_occurrences (recorded_at);
