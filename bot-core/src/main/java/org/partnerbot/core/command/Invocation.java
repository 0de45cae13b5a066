package org.partnerbot.core.command;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * One run of a command: who asked, where, with what text after the command's words, at what time.
 * {@code partnership} and {@code asker} are null only for commands that run without a partnership (setup, help);
 * {@code asker} may be someone who is not an active member only for commands any person may run.
 *
 * @param outsideChannel true when asked outside the partnership's own conversation (a direct message, App Home, a
 *                       button bound to the partnership pressed elsewhere): what is shown there is audited
 * @param texts          the asker's language: what only they see is written in it
 * @param channelTexts   the channel's languages in the order shown (its policy; the asker's when there is no
 *                       partnership): what the channel sees is written in each
 * @param prepared       what the command's {@link CommandSpec.Preparer} worked out before its transaction, or null:
 *                       true then, perhaps no longer now
 */
public record Invocation(CommandSpec spec, String args, Partnership partnership, Member asker, Speaker speaker,
                         String workspace, String conversationKey, String conversationRef, Instant now,
                         boolean outsideChannel, Texts texts, List<Texts> channelTexts, Object prepared) {

    public Invocation {
        channelTexts = List.copyOf(channelTexts);
    }

    public Invocation(CommandSpec spec, String args, Partnership partnership, Member asker, Speaker speaker,
                      String workspace, String conversationKey, String conversationRef, Instant now,
                      boolean outsideChannel, Texts texts, List<Texts> channelTexts) {
        this(spec, args, partnership, asker, speaker, workspace, conversationKey, conversationRef, now, outsideChannel,
                texts, channelTexts, null);
    }

    /** The preparation, when there was one of that type (for this partnership: the handler still checks it holds). */
    public <T> java.util.Optional<T> prepared(Class<T> type) {
        return type.isInstance(prepared) ? java.util.Optional.of(type.cast(prepared)) : java.util.Optional.empty();
    }

    public long partnershipId() {
        return partnership.id();
    }

    /** The zone to show times in for the asker: their own if the platform told us, else the partnership's. */
    public ZoneId askerZone() {
        if (speaker.zone() != null) {
            return speaker.zone();
        }
        return partnership == null ? ZoneId.of("UTC") : partnership.zone();
    }

    /** A message in the asker's language. */
    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** A post for the channel, written once in each of its languages (Welsh first when bilingual). */
    public Reply toChannel(Function<Texts, Reply> write) {
        return Bilingual.compose(channelTexts, write);
    }
}
