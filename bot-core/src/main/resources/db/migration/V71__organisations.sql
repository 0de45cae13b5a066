-- A partnership spans organisations (issue 15): each person's own organisation (the Slack workspace or Teams tenant
-- they belong to, as a workspace key), so a guest from a connected workspace finds the host's partnership from their
-- own workspace's direct messages and App Home; and the organisation an agency is linked to (`agency link`).
ALTER TABLE people ADD COLUMN organisation VARCHAR(200);
CREATE INDEX ix_people_organisation ON people (organisation, user_key);
ALTER TABLE agencies ADD COLUMN organisation VARCHAR(200);
ALTER TABLE agencies ADD COLUMN organisation_name VARCHAR(200);
