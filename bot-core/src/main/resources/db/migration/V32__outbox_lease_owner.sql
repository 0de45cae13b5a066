-- Which node holds a message's lease while sending it, so the lease of a node that died can be released as soon
-- as the cluster knows it is gone, instead of when it runs out.
ALTER TABLE reminder_outbox ADD COLUMN leased_by VARCHAR(200);
