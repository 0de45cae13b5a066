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

    /**
     * Returns true when this conversation was not known (or had been given up) before. A shared conversation's
     * reference is stored without the person who last spoke there (it is the conversation's, not theirs); a person's own
     * references are stored under their key, so erasing them finds them all.
     */
    boolean remember(Activity activity) {
        String workspace = ActivityReader.workspace(activity);
        ConversationReference reference = activity.getConversationReference();
        String rootId = ActivityReader.withoutThread(ActivityReader.conversationId(activity));
        ConversationReference root = ReferenceStore.forConversation(reference, rootId);
        boolean personal = ActivityReader.personal(activity);
        ConversationReference shared = personal ? root : ReferenceStore.withoutUser(root);
        boolean fresh = references.save(workspace, ReferenceStore.conversationKey(ActivityReader.conversationKey(activity)), shared);
        String user = ActivityReader.userKey(activity.getFrom());
        if (user != null && personal) {
            references.save(workspace, ReferenceStore.userKey(user), root);
        } else if (user != null && activity.getFrom().getId() != null) {
            // Lets a reminder open a personal chat with someone who never opened one.
            references.save(workspace, ReferenceStore.memberKey(user), root);
        }
        if (user != null && activity.getFrom() != null) {
            alias(workspace, activity.getFrom(), user);
        }
        return fresh;
    }

    /** Teams names a removed member by Teams id only: remember which user key that id is. */
    private void alias(String workspace, ChannelAccount account, String user) {
        if (account.getId() != null && !account.getId().equals(user)) {
            references.alias(workspace, account.getId(), user);
        }
    }

    /** The user key of an account Teams names (a removed member): its Entra id, or the one remembered for its Teams id. */
    String userKeyOf(String workspace, ChannelAccount account) {
        if (account.getAadObjectId() != null && !account.getAadObjectId().isBlank()) {
            return account.getAadObjectId();
        }
        return references.aliased(workspace, account.getId()).orElse(account.getId());
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
        alias(ActivityReader.workspace(activity), member, user);
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
