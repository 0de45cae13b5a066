package org.partnerbot.teams;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.LiteralScan;

/**
 * What Teams users read comes from the bundles, in their language: no English sentence in the adapter's code and no
 * fixed-English rendering. What stays English is for machines or the operator, each named here with why.
 */
class NoUserFacingLiteralsTest {

    /** Teams shows its users none of these: the Bot Connector (or a developer's emulator) reads them. */
    private static final String FOR_THE_CONNECTOR = "an HTTP answer to the Bot Connector or an emulator, not to a Teams user";

    @Test
    void theTeamsAdapterWritesNoEnglishOutsideTheBundles() {
        LiteralScan.of(Path.of("src/main/java/org/partnerbot/teams"))
                .exemptingFile("TeamsSettings.java", "settings refused at start-up: read by the operator, in English")
                .exemptingFile("http/ActivityGate.java", FOR_THE_CONNECTOR)
                .allowingLiteral("http/MessagesEndpoint.java", "\"Use POST to send an activity.\\n\"", FOR_THE_CONNECTOR)
                .allowingLiteral("http/MessagesEndpoint.java", "\"The body is not a Bot Framework activity (JSON with a type).\"",
                        FOR_THE_CONNECTOR)
                .allowingLiteral("http/MessagesEndpoint.java", "\"Unauthorized: the request has no valid Bot Framework token.\"",
                        FOR_THE_CONNECTOR)
                .allowingLiteral("http/MessagesEndpoint.java", "\"The activity is larger than \"", FOR_THE_CONNECTOR)
                .allowingLiteral("http/MessagesEndpoint.java", "\"The bot failed to handle this activity (ref \"", FOR_THE_CONNECTOR)
                .allowingLiteral("outbound/TeamsMessenger.java", "\"Teams did not answer a send: \"",
                        "a delivery failure's reason, for the log and the outbox")
                .assertClean();
    }
}
