-- When a message's first send began, and whether its latest attempt ended without knowing if it arrived (the sender
-- died mid-send, or the request went out and no answer came back). Before trying again, the sender then asks the
-- platform whether the message is already there, so a restart does not show a reminder twice.
ALTER TABLE reminder_outbox ADD COLUMN first_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reminder_outbox ADD COLUMN outcome_unknown BOOLEAN DEFAULT FALSE NOT NULL;
