package org.partnerbot.slack.inbound;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.partnerbot.core.intake.Acceptance;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.outbound.ReplyTarget;

/**
 * What each kind of Slack request is answered once the inbox has (or has not) taken it. Busy is said honestly and in
 * the way that request can carry it: ephemerally to whoever typed a command or pressed a button (Slack never retries
 * those), a 503 for an event (Slack retries it later, which is what is wanted), an error under the form's field. The
 * words are the asker's ({@link AckTexts}), asked for only when busy.
 */
final class Acks {

    private Acks() {
    }

    static Response command(SlashCommandContext ctx, Acceptance acceptance, Supplier<String> busy) {
        return acceptance == Acceptance.BUSY ? ctx.ack(busy.get()) : ctx.ack();
    }

    /** Busy: see {@link BusyEvent}; Slack's retry (after a minute, then five) is how this event still gets done. */
    static Response event(EventContext ctx, Acceptance acceptance) {
        if (acceptance == Acceptance.BUSY) {
            throw new BusyEvent();
        }
        return ctx.ack();
    }

    /** A press is acked either way; when busy the presser is told through the response URL, off the ack's path. */
    static Response press(ActionContext ctx, Acceptance acceptance, ReplyTarget whenBusy, Supplier<String> busy) {
        if (acceptance == Acceptance.BUSY && whenBusy != null) {
            String words = busy.get();
            CompletableFuture.runAsync(() -> Dispatcher.deliver(whenBusy, Reply.toAsker(words)));
        }
        return ctx.ack();
    }
}
