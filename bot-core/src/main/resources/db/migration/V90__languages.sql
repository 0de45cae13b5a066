-- Issue 17: the language each person reads (their own choice, and what their platform last said), and what each
-- partnership's channel reads. A person's row goes with them when they are forgotten.
CREATE TABLE person_languages (
    workspace VARCHAR(200) NOT NULL,
    user_key  VARCHAR(200) NOT NULL,
    chosen    VARCHAR(8),
    platform  VARCHAR(8),
    CONSTRAINT pk_person_languages PRIMARY KEY (workspace, user_key)
);

CREATE TABLE language_policies (
    partnership_id BIGINT      NOT NULL PRIMARY KEY REFERENCES partnerships (id),
    policy         VARCHAR(16) NOT NULL
);
