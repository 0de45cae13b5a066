package org.partnerbot.core.health;

/** One agency's part of a total (lines said, agenda items, kudos). */
public record Share(String agency, int count) {
}
