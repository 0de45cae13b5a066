package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contradictory Slack settings stop start-up with one line naming the variable. */
class SlackSettingsTest {

    @Test
    void aSigningSecretOrAppTokenWithoutABotTokenNamesSlackBotToken() {
        assertThat(new SlackSettings(null, null, "secret", null).problem()).get().asString().startsWith("SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET");
        assertThat(new SlackSettings(" ", "xapp-1", null, null).problem()).get().asString().startsWith("SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN");
    }

    @Test
    void aBotTokenAloneSaysWhichModeToChoose() {
        assertThat(new SlackSettings("xoxb-1", null, null, null).problem()).get().asString()
                .contains("SLACK_APP_TOKEN").contains("SLACK_SIGNING_SECRET");
    }

    @Test
    void wrongKindsOfTokenAndBadUrlsAreNamed() {
        assertThat(new SlackSettings("xoxp-user", "xapp-1", null, null).problem()).get().asString().startsWith("SLACK_BOT_TOKEN must be");
        assertThat(new SlackSettings("xoxb-1", "xoxb-1", null, null).problem()).get().asString().startsWith("SLACK_APP_TOKEN must be");
        assertThat(new SlackSettings("xoxb-1", "xapp-1", null, "ftp://x").problem()).get().asString().startsWith("SLACK_API_URL must be");
    }

    @Test
    void validSettingsDefaultTheApiUrlAndNeverPrintSecrets() {
        SlackSettings s = new SlackSettings("xoxb-secret", "xapp-secret", "shh", "http://127.0.0.1:9/api");
        assertThat(s.problem()).isEmpty();
        assertThat(s.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(new SlackSettings("xoxb-1", "xapp-1", null, null).apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(s.toString()).doesNotContain("secret").doesNotContain("shh");
    }
}
