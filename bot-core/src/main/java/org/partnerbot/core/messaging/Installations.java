package org.partnerbot.core.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: where the bot is installed through an install link, and the one-time values of install links in flight. Each
 * call runs in (or joins) its own transaction and is durable when it returns: an uninstall is final at once.
 */
public interface Installations {

    /** Adds or replaces the installation of its workspace (a re-install, a rotated token). */
    void save(Installation installation);

    /**
     * The installation serving this workspace: its own, else its organisation's org-wide one.
     *
     * @param enterpriseId {@code ""} or null when none
     */
    Optional<Installation> find(String platform, String enterpriseId, String teamId);

    /** Removes the workspace's installation (or, with {@code teamId} empty, the org-wide one). Returns whether one went. */
    boolean remove(String platform, String enterpriseId, String teamId);

    /** Records a new install link's one-time value. */
    void issueState(String state, Instant expiresAt);

    /** Whether the value was issued and has not expired nor been taken, without taking it. */
    boolean stateAvailable(String state, Instant now);

    /** Takes the value: true once, for a value issued and not yet expired; false for a forged, expired or replayed one. */
    boolean takeState(String state, Instant now);
}
