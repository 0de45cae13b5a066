package org.partnerbot.core.icebreakers;

import java.util.List;
import java.util.Set;

/** Port: questions admins added, and which questions a partnership has had in the current cycle. */
public interface Icebreakers {

    record Custom(long id, String text) {
        public String key() {
            return "custom:" + id;
        }
    }

    Custom add(long partnershipId, String text, long addedBy);

    List<Custom> custom(long partnershipId);

    Set<String> askedKeys(long partnershipId);

    void markAsked(long partnershipId, String key, Long meetingId);

    /** Starts a new cycle: every question may be asked again. */
    void resetAsked(long partnershipId);

    /** Whether meetings open with a question; on until an admin says otherwise. */
    boolean on(long partnershipId);

    void switchOn(long partnershipId, boolean on);
}
