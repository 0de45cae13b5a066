package org.partnerbot.teams.connector;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.partnerbot.teams.TeamsSettings;

/**
 * The SDK's HTTP adapter configured from {@link TeamsSettings}. 4.14.1 has no single-tenant support in its
 * configuration keys, so outbound credentials are built here with the tenant when one is set.
 */
public final class SdkAdapter extends BotFrameworkHttpAdapter {

    private final TeamsSettings settings;

    public SdkAdapter(TeamsSettings settings) {
        super(configuration(settings));
        this.settings = settings;
    }

    public String appId() {
        return settings.appId();
    }

    /** The app's credentials for calls that are not answers to a request (opening a personal chat). */
    public MicrosoftAppCredentials credentials() {
        if (settings.isAnonymous()) {
            return MicrosoftAppCredentials.empty();
        }
        return settings.tenantId().isEmpty()
                ? new MicrosoftAppCredentials(settings.appId(), settings.password())
                : new MicrosoftAppCredentials(settings.appId(), settings.password(), settings.tenantId());
    }

    private static Configuration configuration(TeamsSettings settings) {
        Properties props = new Properties();
        props.setProperty("MicrosoftAppId", settings.appId());
        props.setProperty("MicrosoftAppPassword", settings.password());
        return new Configuration() {
            @Override
            public String getProperty(String key) {
                return props.getProperty(key);
            }

            @Override
            public Properties getProperties() {
                return props;
            }

            @Override
            public String[] getProperties(String key) {
                String v = props.getProperty(key);
                return v == null ? null : v.split(",");
            }
        };
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        if (settings.tenantId().isEmpty() || settings.isAnonymous()) {
            return super.buildAppCredentials(appId, oAuthScope);
        }
        // Single-tenant registrations must get their tokens from their own tenant, not botframework.com.
        return CompletableFuture.completedFuture(
                new MicrosoftAppCredentials(appId, settings.password(), settings.tenantId(), oAuthScope));
    }
}
