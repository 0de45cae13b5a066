package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamsSettingsTest {

    @Test
    void contradictorySettingsAreNamedInOneLine() {
        assertThat(TeamsSettings.anonymous().problem()).isNull();
        assertThat(new TeamsSettings("", "secret", "", "").problem()).contains("MICROSOFT_APP_ID");
        assertThat(new TeamsSettings("id", "", "", "").problem()).contains("MICROSOFT_APP_PASSWORD");
        assertThat(new TeamsSettings("id", "secret", "", "SingleTenant").problem()).contains("MICROSOFT_APP_TENANT_ID");
        assertThat(new TeamsSettings("id", "secret", "", "UserAssignedMSI").problem()).contains("MICROSOFT_APP_TYPE");
        assertThat(new TeamsSettings("id", "secret", "tenant", "SingleTenant").problem()).isNull();
        assertThat(new TeamsSettings("id", "secret", "", "MultiTenant").problem()).isNull();
    }

    @Test
    void theSecretNeverShowsInLogs() {
        assertThat(new TeamsSettings("id", "s3cr3t-value", "", "").toString()).doesNotContain("s3cr3t-value");
    }
}
