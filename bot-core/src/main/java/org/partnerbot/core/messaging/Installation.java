package org.partnerbot.core.messaging;

import java.time.Instant;

/**
 * The bot installed in one workspace (or, org-wide, in a whole organisation) through an install link: the credentials
 * its messages are sent with. Tokens are opaque here: the adapter seals them before they are stored.
 *
 * @param enterpriseId   the organisation ({@code ""} when none)
 * @param teamId         the workspace ({@code ""} for an org-wide install)
 * @param refreshToken   null unless the platform rotates tokens
 * @param tokenExpiresAt when the bot token stops working (null when it does not expire)
 */
public record Installation(String platform, String enterpriseId, String teamId, boolean orgWide, String botUserId,
                           String botId, String botToken, String refreshToken, Instant tokenExpiresAt, String scopes,
                           Instant installedAt) {

    public Installation {
        enterpriseId = enterpriseId == null ? "" : enterpriseId;
        teamId = teamId == null ? "" : teamId;
    }

    public Installation withToken(String token, String refresh, Instant expiresAt) {
        return new Installation(platform, enterpriseId, teamId, orgWide, botUserId, botId, token, refresh, expiresAt, scopes,
                installedAt);
    }
}
