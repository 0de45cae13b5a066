-- A kept answer is a whole reply before any platform cuts it into messages: `agencies` of a 10,000-member partnership
-- is over a megabyte as JSON, past VARCHAR's limit. (PostgreSQL: TEXT, in its own V55.)
ALTER TABLE inbox ALTER COLUMN answer SET DATA TYPE CHARACTER LARGE OBJECT;
