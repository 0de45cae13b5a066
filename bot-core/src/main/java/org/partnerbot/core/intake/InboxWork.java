package org.partnerbot.core.intake;

/**
 * What a platform's adapter does with its inbox entries: translate the stored input, run it through the bot, and send
 * the answer where the asker expects it. When the entry already carries its answer (the command committed, then the
 * process stopped before the answer went out), only the answer is sent.
 */
@FunctionalInterface
public interface InboxWork {

    void run(InboxEntry entry);
}
