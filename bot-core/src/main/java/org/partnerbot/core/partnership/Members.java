package org.partnerbot.core.partnership;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Port: people and their membership of partnerships. Which state a membership goes to is decided by
 * {@code access.Access}; this stores it.
 */
public interface Members {

    /**
     * The person as the platform names them (its directory's display name and time zone), created on first sight.
     * Only this renames a person: {@code displayName} and {@code zone} replace what is stored when given.
     *
     * @return the person's id
     */
    default long person(String workspace, String userKey, String displayName, ZoneId zone) {
        return person(workspace, userKey, displayName, zone, null);
    }

    /**
     * As {@link #person(String, String, String, ZoneId)}, also recording the person's own organisation (a workspace key)
     * when the platform names one: a guest of a connected workspace reaches the host's partnerships from it.
     */
    long person(String workspace, String userKey, String displayName, ZoneId zone, String organisation);

    /** A person first known from a mention: created with {@code nameIfNew} when new, never renamed. */
    long personNamed(String workspace, String userKey, String nameIfNew);

    /** Creates the membership, or moves an existing one (not a forgotten one) to this state and source. */
    Member join(long partnershipId, long personId, MembershipStatus status, MembershipSource source);

    /** The person's membership in whatever state; empty when they never had one (or were forgotten). */
    Optional<Member> findByUserKey(long partnershipId, String userKey);

    Optional<Member> findById(long memberId);

    /** The active members, in the order they first joined. */
    List<Member> list(long partnershipId);

    /** Memberships waiting for an admin's approval (closed partnerships). */
    List<Member> pending(long partnershipId);

    /** The active members of an agency. */
    List<Member> ofAgency(long agencyId);

    /** Every membership the person has in this workspace's partnerships, in any state. */
    List<Member> ofPerson(String workspace, String userKey);

    /**
     * The workspaces whose person this is, reached from the one the input came through and the person's own organisation
     * (a workspace key, null when the platform did not say): those two, then each other workspace that stores them as a
     * guest of either (a Slack Connect channel hosted elsewhere). The same user key through an unrelated workspace
     * reaches none of the others.
     */
    List<String> workspacesReachedFrom(String workspace, String organisation, String userKey);

    void setStatus(long memberId, MembershipStatus status);

    void setAgency(long memberId, Long agencyId);

    void setChair(long memberId, boolean chair);

    void setAdmin(long memberId, boolean admin);
}
