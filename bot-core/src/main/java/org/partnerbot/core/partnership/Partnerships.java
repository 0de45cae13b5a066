package org.partnerbot.core.partnership;

import java.util.List;
import java.util.Optional;

/** Port: stored partnerships. Every lookup names the workspace, so one workspace never sees another's. */
public interface Partnerships {

    Optional<Partnership> findByConversation(String workspace, String conversationKey);

    Optional<Partnership> findById(String workspace, long id);

    Partnership create(String workspace, String conversationKey, String conversationRef, String name);

    void updatePurpose(long id, String purpose);

    /** The zone the partnership's times are shown and scheduled in (set with its weekly schedule). */
    void updateZone(long id, java.time.ZoneId zone);

    /** Serialises commands on one partnership: short ids and counts stay consistent across threads and nodes. */
    void lock(long id);

    /**
     * The partnership bound to this conversation, already {@link #lock locked}: how every command said in a channel
     * starts. A store may find and lock it in one step, and the partnership is then read as it stands under the lock.
     */
    default Optional<Partnership> lockByConversation(String workspace, String conversationKey) {
        Optional<Partnership> p = findByConversation(workspace, conversationKey);
        p.ifPresent(found -> lock(found.id()));
        return p;
    }

    /**
     * Partnerships the person is an active member of in this workspace, as stored, and those of other workspaces they are
     * a guest in from this one (a Slack Connect channel hosted elsewhere, the person's organisation being this
     * workspace). Outside the channel, ask
     * {@code access.Access#visibleTo}, which also checks with the platform that they are still there.
     */
    List<Partnership> forUser(String workspace, String userKey);

    /** Closed: an admin approves each new channel member before they see anything. */
    void setClosed(long id, boolean closed);

    /** The next number of this partnership's pseudonyms ("former member 3"); never reused. */
    int nextPseudonym(long id);
}
