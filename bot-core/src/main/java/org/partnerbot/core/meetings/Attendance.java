package org.partnerbot.core.meetings;

/** One person present at a meeting, with the agency they spoke for and how many lines they said. */
public record Attendance(long memberId, String userKey, String displayName, Long agencyId, String agencyName, int lines) {
}
