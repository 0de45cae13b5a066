package org.partnerbot.slack;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.LiteralScan;

/**
 * What Slack users read comes from the bundles, in their language: no English sentence in the adapter's code and no
 * fixed-English rendering. What stays English is for machines or the operator, each named here with why.
 */
class NoUserFacingLiteralsTest {

    private static final String FOR_SLACK = "a JSON error body for Slack's servers, never shown to a person";

    @Test
    void theSlackAdapterWritesNoEnglishOutsideTheBundles() {
        LiteralScan.of(Path.of("src/main/java/org/partnerbot/slack"))
                .exemptingFile("SlackSettings.java", "settings refused at start-up: read by the operator, in English")
                .exemptingFile("install/SlackOAuth.java", "settings refused at start-up: read by the operator, in English")
                .exemptingFile("transport/EventsEndpoint.java", FOR_SLACK)
                .allowingLiteral("transport/InstalledWorkspaces.java", "\"{\\\"error\\\":\\\"identifier too long\\\"}\"", FOR_SLACK)
                .allowingLiteral("transport/InstalledWorkspaces.java", "\"{\\\"error\\\":\\\"not installed in this workspace\\\"}\"",
                        FOR_SLACK)
                .allowingLiteral("SlackAdapter.java", "\"slack:(installed from \"", "the adapter's name in the start-up log")
                .allowingLiteral("install/TokenSeal.java", "\"partnerbot slack tokens\\n\"", "a key derivation's label")
                .allowingLiteral("inbound/BusyEvent.java", "\"the inbox is full\"", "an exception's message, for the log")
                .allowingLiteral("install/InstallPages.java", "\"<!DOCTYPE html><html lang=\\\"\"", "the page's markup")
                .allowingLiteral("install/InstallPages.java", "\"\\\"><head><meta charset=\\\"utf-8\\\"><title>\"",
                        "the page's markup")
                .assertClean();
    }
}
