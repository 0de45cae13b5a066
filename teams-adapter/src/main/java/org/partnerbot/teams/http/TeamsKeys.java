package org.partnerbot.teams.http;

/** The name this adapter's entries go by in the inbox. */
final class TeamsKeys {

    static final String PLATFORM = "teams";

    private TeamsKeys() {
    }
}
