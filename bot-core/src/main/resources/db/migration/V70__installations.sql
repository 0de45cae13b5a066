-- Where the bot is installed through an OAuth install link (Slack: one row per workspace, or per Enterprise Grid
-- organisation for an org-wide install, team_id empty), with the bot's credentials as the adapter hands them over
-- (tokens sealed by the adapter before they arrive here). No person's data: the installing user is not kept.
-- Uninstalling or revoking deletes the row at once; a re-install writes a new one, and the partnerships of the
-- workspace (keyed by the workspace, not by this row) are reachable again.
CREATE TABLE installations (
    platform          VARCHAR(16)   NOT NULL,
    enterprise_id     VARCHAR(100)  NOT NULL,
    team_id           VARCHAR(100)  NOT NULL,
    org_wide          BOOLEAN       NOT NULL,
    bot_user_id       VARCHAR(100),
    bot_id            VARCHAR(100),
    bot_token         VARCHAR(2000) NOT NULL,
    refresh_token     VARCHAR(2000),
    token_expires_at  TIMESTAMP WITH TIME ZONE,
    scopes            VARCHAR(2000),
    installed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_installations PRIMARY KEY (platform, enterprise_id, team_id)
);
-- One-time values of install links in flight (the OAuth state): each is taken once, before it expires.
CREATE TABLE install_states (
    state       VARCHAR(200) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
