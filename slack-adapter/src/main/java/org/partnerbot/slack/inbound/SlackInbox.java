package org.partnerbot.slack.inbound;

import org.partnerbot.core.intake.Acceptance;
import org.partnerbot.core.intake.Arrival;
import org.partnerbot.core.intake.InboxWorkers;
import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.text.Workspaces;

/**
 * The acknowledging side of the inbox: an accepted Slack input is recorded under its de-duplication key before the
 * handler acks. Keys, per kind of request: {@code slack:ev:<event_id>} (Slack's retries repeat it),
 * {@code slack:cmd:<trigger_id>} (new for every invocation), a digest of team, user, action id and action time for a
 * button press, {@code slack:view:<view id>:<view hash>} for a form (the hash changes with every update of the view).
 * A replayed request, which has identical bytes, therefore finds its first copy.
 */
public final class SlackInbox {

    private final InboxWorkers inbox;

    public SlackInbox(InboxWorkers inbox) {
        this.inbox = inbox;
    }

    Acceptance offer(String key, Pending pending) {
        String conversation = pending.answer() == Pending.Answer.HOME || pending.channel() == null
                ? AppHome.conversationKey(pending.user()) : pending.channel();
        return inbox.accept(new Arrival(key, Workspaces.PLATFORM, pending.workspace(),
                pending.workspace() + "/" + conversation, pending.user(), pending.kind().name().toLowerCase(),
                pending.toJson()));
    }

    static String eventKey(String eventId) {
        return "slack:ev:" + eventId;
    }

    static String commandKey(String triggerId) {
        return "slack:cmd:" + triggerId;
    }

    /** Names no person in readable form: the key outlives the entry by a day. */
    static String pressKey(String workspace, String user, String actionId, String actionTs) {
        return Arrival.digest(Workspaces.PLATFORM, "blk", workspace, user, actionId, actionTs);
    }

    static String viewKey(String viewId, String viewHash) {
        return "slack:view:" + viewId + ":" + viewHash;
    }

    /** When a request carries no id of its own: its signature, which covers its timestamp and every byte. */
    static String requestKey(String... parts) {
        return Arrival.digest(Workspaces.PLATFORM, parts);
    }
}
