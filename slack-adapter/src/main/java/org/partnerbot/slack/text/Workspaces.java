package org.partnerbot.slack.text;

/** The core's workspace key for a Slack team: the hard isolation boundary every lookup is scoped by. */
public final class Workspaces {

    public static final String PLATFORM = "slack";

    private Workspaces() {
    }

    /** {@code slack:T123}, or {@code slack:E1:T123} on Enterprise Grid (team ids are only unique within it). */
    public static String key(String enterpriseId, String teamId) {
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("a Slack request without a team id");
        }
        return enterpriseId == null || enterpriseId.isBlank()
                ? PLATFORM + ":" + teamId
                : PLATFORM + ":" + enterpriseId + ":" + teamId;
    }
}
