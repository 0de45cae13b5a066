package org.partnerbot.core.bot;

import java.util.Optional;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.MatchedCommand;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command's {@link CommandSpec.Preparer} before the command's own transaction: in a transaction of its own that
 * only reads and takes no lock, so a slow computation (a pairing round of ten thousand people) holds nobody up. It is
 * a head start, never a decision: it runs only where the partnership is known from the conversation or the button
 * (a direct message's partnership may need the platform asked, which stays the command's), only for an asker whose
 * stored role allows the command (a member cannot make the bot compute an admin's round), and whatever it gives, the
 * command checks again under the lock.
 */
final class Preparation {

    private static final Logger log = LoggerFactory.getLogger(Preparation.class);

    private final CommandCatalog catalog;
    private final Transactions transactions;
    private final Partnerships partnerships;
    private final Members members;

    Preparation(CommandCatalog catalog, Transactions transactions, Partnerships partnerships, Members members) {
        this.catalog = catalog;
        this.transactions = transactions;
        this.partnerships = partnerships;
        this.members = members;
    }

    /** What the said command's preparer worked out, or null when it has none or it does not apply here. */
    Object before(CommandRouter.Said said) {
        if (!said.addressed()) {
            return null;
        }
        Optional<MatchedCommand> matched = catalog.match(said.text());
        if (matched.isEmpty() || !matched.get().spec().prepares()) {
            return null;
        }
        CommandSpec spec = matched.get().spec();
        Inbound in = said.in();
        try {
            return transactions.inTransaction(() -> partnershipOf(in)
                    .filter(p -> spec.role().allows(members.findByUserKey(p.id(), in.speaker().userKey()).orElse(null)))
                    .map(spec.preparer()::prepare)
                    .orElse(null));
        } catch (RuntimeException e) {
            // The command itself will meet the same trouble and answer it; here it only means no head start.
            log.debug("command {} not prepared: {}", spec.words(), e.getClass().getSimpleName());
            return null;
        }
    }

    private Optional<Partnership> partnershipOf(Inbound in) {
        return in.partnershipId() != null ? partnerships.findById(in.workspace(), in.partnershipId())
                : partnerships.findByConversation(in.workspace(), in.conversationKey());
    }
}
