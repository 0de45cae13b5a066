-- A member is found by the person's key alone (a guest's person row is in another workspace than the partnership).
CREATE INDEX ix_people_user_key ON people (user_key);
