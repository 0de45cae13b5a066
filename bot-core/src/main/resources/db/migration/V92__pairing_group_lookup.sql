-- Each personal message of a coffee-chat round is written from its recipient's group alone (found by the primary key,
-- then its other members by group number), instead of from the whole round read once per message.
CREATE INDEX ix_pairing_groups_group ON pairing_groups (round_id, group_no);
