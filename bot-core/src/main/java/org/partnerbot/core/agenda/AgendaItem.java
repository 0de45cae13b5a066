package org.partnerbot.core.agenda;

import java.time.Instant;

/** An item proposed for the next meeting. {@code carriedOver} counts the meetings it was not reached in. */
public record AgendaItem(long id, int number, String text, long proposerId, String proposerKey, String proposerName,
                         Long agencyId, String agencyName, AgendaStatus status, int carriedOver, Instant createdAt) {
}
