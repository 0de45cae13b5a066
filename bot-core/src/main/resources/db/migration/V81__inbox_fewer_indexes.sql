-- Every ack inserts an inbox row and every worker step updates one, and with a durable commit each index a row is in
-- is written again at that commit. These three served no query that needs them: work is found by state (the walk and
-- the order checks read ix_inbox_state), retention deletes settled rows found by state, and erasure of a waiting
-- input looks only at the entries still open (the backlog, bounded by the inbox limit).
DROP INDEX ix_inbox_conversation;
DROP INDEX ix_inbox_done_at;
DROP INDEX ix_inbox_user;
