package org.partnerbot.core.partnership;

/** An organisation taking part in a partnership. */
public record Agency(long id, long partnershipId, String name) {
}
