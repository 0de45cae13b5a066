package org.partnerbot.slack;

import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Partnerships;

/**
 * What the adapter uses of the core: the bot (every command), and the few ports the App Home, the welcome and
 * the messenger read. Passed in by the launcher, so the adapter never touches the core's JDBC side.
 *
 * @param bot the bot with every capability's commands already added
 */
public record CorePorts(PartnerBot bot, Partnerships partnerships, Agencies agencies, Transactions transactions,
                        ConversationReferences references, Inbox deliveryLog) {
}
