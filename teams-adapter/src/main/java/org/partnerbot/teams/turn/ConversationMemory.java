package org.partnerbot.teams.turn;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import org.partnerbot.teams.connector.ReferenceStore;
import org.partnerbot.teams.inbound.ActivityReader;

/**
 * Keeps the references reminders need up to date from every activity: the partnership's conversation (its root,
 * not the thread), the speaker's personal chat, or where a speaker without one was last heard.
 */
final class ConversationMemory {

    private final ReferenceStore references;

    ConversationMemory(ReferenceStore references) {
        this.references = references;
    }

    /** Returns true when this conversation was not known (or had been given up) before. */
    boolean remember(Activity activity) {
        String workspace = ActivityReader.workspace(activity);
        ConversationReference reference = activity.getConversationReference();
        String rootId = ActivityReader.withoutThread(ActivityReader.conversationId(activity));
        ConversationReference root = ReferenceStore.forConversation(reference, rootId);
        boolean fresh = references.save(workspace, ReferenceStore.conversationKey(ActivityReader.conversationKey(activity)), root);
        String user = ActivityReader.userKey(activity.getFrom());
        if (user != null && ActivityReader.personal(activity)) {
            references.save(workspace, ReferenceStore.userKey(user), root);
        } else if (user != null && activity.getFrom().getId() != null) {
            // Lets a reminder open a personal chat with someone who never opened one.
            references.save(workspace, ReferenceStore.memberKey(user), root);
        }
        return fresh;
    }

    /**
     * Someone was added to this conversation: where they were seen, so a message to them (their welcome) can open a
     * personal chat with them although they never spoke to the bot.
     */
    void rememberMember(Activity activity, ChannelAccount member) {
        String user = ActivityReader.userKey(member);
        if (user == null || member.getId() == null) {
            return;
        }
        String rootId = ActivityReader.withoutThread(ActivityReader.conversationId(activity));
        ConversationReference seen = ReferenceStore.forConversation(activity.getConversationReference(), rootId);
        seen.setUser(member);
        references.save(ActivityReader.workspace(activity), ReferenceStore.memberKey(user), seen);
    }

    /** The bot was removed or uninstalled here: stop sending to this conversation. */
    void forget(Activity activity) {
        String workspace = ActivityReader.workspace(activity);
        references.deactivate(workspace, ReferenceStore.conversationKey(ActivityReader.conversationKey(activity)));
        String user = ActivityReader.userKey(activity.getFrom());
        if (user != null && ActivityReader.personal(activity)) {
            references.deactivate(workspace, ReferenceStore.userKey(user));
        }
    }
}
