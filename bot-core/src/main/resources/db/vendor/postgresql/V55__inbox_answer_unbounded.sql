-- A kept answer is a whole reply before any platform cuts it into messages: `agencies` of a 10,000-member partnership
-- is over a megabyte as JSON, past the old VARCHAR limit. (H2: CHARACTER LARGE OBJECT, in its own V55.)
ALTER TABLE inbox ALTER COLUMN answer TYPE TEXT;
