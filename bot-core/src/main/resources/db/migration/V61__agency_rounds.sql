-- `#round` (issue 14): the agencies asked, in the order asked, and how many lines each had said when the round
-- began; an agency whose people said more after that answered. Goes with its minutes entry (and so its meeting).
CREATE TABLE meeting_round_agencies (
    entry_id     BIGINT NOT NULL REFERENCES meeting_entries (id) ON DELETE CASCADE,
    agency_id    BIGINT NOT NULL REFERENCES agencies (id),
    position     INT    NOT NULL,
    lines_before INT    NOT NULL,
    PRIMARY KEY (entry_id, agency_id)
);
