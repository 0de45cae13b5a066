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

    /** The enterprise id (null when none) and team id of a workspace key; null for a key that is not Slack's. */
    public static String[] parse(String workspace) {
        if (workspace == null || !workspace.startsWith(PLATFORM + ":")) {
            return null;
        }
        String[] parts = workspace.substring(PLATFORM.length() + 1).split(":", -1);
        return parts.length == 1 ? new String[] {null, parts[0]} : parts.length == 2 ? parts : null;
    }
}
