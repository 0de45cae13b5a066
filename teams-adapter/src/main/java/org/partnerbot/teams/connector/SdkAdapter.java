package org.partnerbot.teams.connector;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import org.partnerbot.teams.TeamsSettings;
import retrofit2.Retrofit;

/**
 * The SDK's HTTP adapter configured from {@link TeamsSettings}. 4.14.1 has no single-tenant support in its
 * configuration keys, so outbound credentials are built here with the tenant when one is set.
 */
public final class SdkAdapter extends BotFrameworkHttpAdapter {

    private final TeamsSettings settings;
    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

    public SdkAdapter(TeamsSettings settings) {
        super(configuration(settings));
        this.settings = settings;
    }

    public String appId() {
        return settings.appId();
    }

    /**
     * Checks the request's Bot Framework token against the activity as the SDK does (a missing or bad one throws,
     * wrapped in a {@link java.util.concurrent.CompletionException}); without an app id every request is anonymous.
     * The identity it returns is what the activity's turn later runs under, on an inbox worker.
     */
    public ClaimsIdentity authenticate(String authorization, Activity activity) {
        Activity checked = activity;
        if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
            // The SDK's anonymous path reads recipient.role (skills) without a null check; emulators leave it out.
            checked = Activity.clone(activity);
            checked.getRecipient().setRole(com.microsoft.bot.schema.RoleTypes.BOT);
        }
        return JwtTokenValidation.authenticateRequest(checked, authorization == null ? "" : authorization,
                new SimpleCredentialProvider(settings.appId(), settings.password()), new SimpleChannelProvider(),
                new AuthenticationConfiguration()).join();
    }

    /** Runs a turn for an activity already authenticated (its identity kept with it in the inbox). */
    public CompletableFuture<InvokeResponse> run(ClaimsIdentity identity, Activity activity, BotCallbackHandler turn) {
        return processActivity(identity, activity, turn);
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

    /**
     * Connector clients as the SDK builds them, except that OkHttp never sends a request again by itself. Its default
     * re-sends a POST when a reused connection fails after the request went out, and the connector may already
     * have posted it: a message would show twice and nobody would know. Without that, the failure reaches the caller
     * (the reminder outbox sends again saying it may be a repeat). OkHttp still checks a pooled connection's health
     * before sending a POST on it, so stale connections are rarely met.
     */
    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials credentials) {
        AppCredentials using = credentials == null ? MicrosoftAppCredentials.empty() : credentials;
        String key = keyForConnectorClient(serviceUrl, using.getAppId(), using.oAuthScope());
        try {
            return CompletableFuture.completedFuture(clients.computeIfAbsent(key, k -> new RestConnectorClient(
                    new RestClient.Builder(new OkHttpClient.Builder().retryOnConnectionFailure(false), new Retrofit.Builder())
                            .withBaseUrl(serviceUrl)
                            .withCredentials(using)
                            .withSerializerAdapter(new JacksonAdapter())
                            .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                            .build())));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("invalid service url " + serviceUrl, e));
        }
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
