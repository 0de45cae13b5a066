-- The health digest posted after each meeting (issue 6): one row per meeting, so a digest goes out once.
CREATE TABLE health_digests (
    meeting_id     BIGINT NOT NULL PRIMARY KEY REFERENCES meetings (id),
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
