package org.partnerbot.slack.inbound;

import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.slack.identity.UserDirectory;

/**
 * The words of what Slack's acknowledgement itself says to the person who typed, pressed or submitted (busy, a form's
 * error, a form's buttons), in their language as this process already knows it: the language it last wrote to them
 * in, else their Slack locale if it is cached, else English. Nothing here reads the database or calls Slack: the ack
 * has 3 seconds, and "busy" is said exactly when the database is behind.
 */
public final class AckTexts {

    private final PartnerBot bot;
    private final UserDirectory directory;

    public AckTexts(PartnerBot bot, UserDirectory directory) {
        this.bot = bot;
        this.directory = directory;
    }

    Texts of(String workspace, String userId) {
        return bot.ackReader(workspace, userId, userId == null ? null : directory.knownLocale(userId));
    }

    String busy(String workspace, String userId) {
        return of(workspace, userId).t("slack.ack.busy");
    }
}
