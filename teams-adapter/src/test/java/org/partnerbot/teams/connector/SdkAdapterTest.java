package org.partnerbot.teams.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.authentication.AppCredentials;
import org.junit.jupiter.api.Test;
import org.partnerbot.teams.TeamsSettings;

/** Outbound calls use the app's own credentials, from its own tenant when the registration is single-tenant. */
class SdkAdapterTest {

    private static final String APP = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "99999999-8888-7777-6666-555555555555";

    @Test
    void aSingleTenantBotGetsItsTokensFromItsOwnTenant() {
        SdkAdapter adapter = new SdkAdapter(new TeamsSettings(APP, "secret", TENANT, "SingleTenant"));

        AppCredentials replies = adapter.buildAppCredentials(APP, "https://api.botframework.com").join();

        assertThat(replies.getAppId()).isEqualTo(APP);
        assertThat(replies.getChannelAuthTenant()).isEqualTo(TENANT);
        assertThat(adapter.credentials().getChannelAuthTenant()).isEqualTo(TENANT);
    }

    @Test
    void aMultiTenantBotUsesTheBotFrameworkTenant() {
        SdkAdapter adapter = new SdkAdapter(new TeamsSettings(APP, "secret", "", ""));

        assertThat(adapter.credentials().getAppId()).isEqualTo(APP);
        assertThat(adapter.credentials().getChannelAuthTenant()).isNotEqualTo(TENANT);
    }

    @Test
    void anAnonymousBotSendsWithoutCredentials() {
        SdkAdapter adapter = new SdkAdapter(TeamsSettings.anonymous());

        assertThat(adapter.credentials().getAppId()).isNullOrEmpty();
    }
}
