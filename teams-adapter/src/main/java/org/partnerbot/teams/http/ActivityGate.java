package org.partnerbot.teams.http;

import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.teams.inbound.ActivityReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an activity must be before the bot takes it in. It comes from Microsoft Teams ({@code channelId} {@code msteams};
 * on the anonymous endpoint, meant for a local emulator such as the Agents Playground, {@code emulator} too); a person
 * speaking is known by their Entra object id ({@code aadObjectId}, never the per-app {@code from.id}); the tenant is
 * one the operator allowed ({@code PARTNERBOT_TEAMS_TENANTS}, when set); every identifier fits what the database keeps
 * (no GUID syntax is asked for: the Playground's ids are not GUIDs). Anonymous requests, which nothing authenticates,
 * must also be addressed to a loopback host (no page in a browser can reach the bot through a name it controls), name
 * a loopback {@code serviceUrl} (the bot would post its answers there) and be JSON. A refusal's WARN line names the
 * rule, never the value.
 */
final class ActivityGate {

    /** A refusal: the HTTP status and the one line the sender reads. */
    record Refusal(int status, String message) {
    }

    static final int MAX_USER_KEY = 200;
    /** The workspace is {@code teams:<tenant>} in 200 characters. */
    static final int MAX_TENANT = 190;
    static final int MAX_CONVERSATION_KEY = 300;
    static final int MAX_CONVERSATION_ID = 1000;
    static final int MAX_SERVICE_URL = 1000;
    static final int MAX_ACCOUNT_ID = 200;
    static final int MAX_NAME = 500;
    static final int MAX_ACTIVITY_ID = 300;
    private static final Logger log = LoggerFactory.getLogger(ActivityGate.class);

    private final boolean anonymous;
    private final Set<String> tenants;

    /** @param tenants the tenants allowed; empty: every tenant */
    ActivityGate(boolean anonymous, Set<String> tenants) {
        this.anonymous = anonymous;
        this.tenants = Set.copyOf(tenants);
    }

    /** Checks that need only the request: on the anonymous endpoint, the Host header and the content type. */
    Optional<Refusal> request(RawRequest request) {
        if (!anonymous) {
            return Optional.empty();
        }
        if (!loopbackHost(request.header("Host"))) {
            return refuse(403, "This endpoint answers only requests addressed to 127.0.0.1, localhost or [::1].",
                    "the Host header is not a loopback name");
        }
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            return refuse(415, "Send the activity as application/json.", "it is not application/json");
        }
        return Optional.empty();
    }

    Optional<Refusal> activity(Activity a) {
        String channel = a.getChannelId();
        if (!Channels.MSTEAMS.equals(channel) && !(anonymous && Channels.EMULATOR.equals(channel))) {
            return refuse(403, "This bot serves Microsoft Teams only.", "its channelId is not msteams");
        }
        Optional<Refusal> tooLong = overLong(a);
        if (tooLong.isPresent()) {
            return tooLong;
        }
        if (anonymous && !loopbackUrl(a.getServiceUrl())) {
            return refuse(403, "Without a Bot Framework app id the bot answers only a serviceUrl on this machine.",
                    "its serviceUrl is not on loopback");
        }
        String tenant = ActivityReader.tenant(a);
        if (!tenants.isEmpty() && (tenant == null || !tenants.contains(tenant))) {
            return refuse(403, "This bot is not open to your organisation (tenant).", "its tenant is not allowed");
        }
        if ((a.isType(ActivityTypes.MESSAGE) || a.isType(ActivityTypes.INVOKE)) && blank(aad(a.getFrom()))) {
            return refuse(400, "The activity does not say who sent it (from.aadObjectId).", "from.aadObjectId is missing");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> overLong(Activity a) {
        if (longer(a.getId(), MAX_ACTIVITY_ID)) {
            return tooLong("id");
        }
        if (longer(aad(a.getFrom()), MAX_USER_KEY) || longer(id(a.getFrom()), MAX_ACCOUNT_ID)
                || longer(name(a.getFrom()), MAX_NAME)) {
            return tooLong("from");
        }
        if (longer(id(a.getRecipient()), MAX_ACCOUNT_ID) || longer(name(a.getRecipient()), MAX_NAME)) {
            return tooLong("recipient");
        }
        if (longer(ActivityReader.tenant(a), MAX_TENANT)) {
            return tooLong("tenant id");
        }
        if (longer(ActivityReader.conversationId(a), MAX_CONVERSATION_ID)
                || longer(ActivityReader.conversationKey(a), MAX_CONVERSATION_KEY)
                || a.getConversation() != null && longer(a.getConversation().getName(), MAX_NAME)) {
            return tooLong("conversation");
        }
        if (longer(a.getServiceUrl(), MAX_SERVICE_URL)) {
            return tooLong("serviceUrl");
        }
        for (ChannelAccount added : a.getMembersAdded() == null ? java.util.List.<ChannelAccount>of() : a.getMembersAdded()) {
            if (longer(aad(added), MAX_USER_KEY) || longer(id(added), MAX_ACCOUNT_ID) || longer(name(added), MAX_NAME)) {
                return tooLong("membersAdded");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> tooLong(String field) {
        return refuse(400, "The activity's " + field + " is longer than Teams ever sends.", field + " is too long");
    }

    private static Optional<Refusal> refuse(int status, String message, String why) {
        log.warn("refused a Teams activity ({}): {}", status, why);
        return Optional.of(new Refusal(status, message));
    }

    static boolean loopbackHost(String host) {
        if (blank(host)) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1") && (end == h.length() - 1 || port(h.substring(end + 1)));
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return (colon < 0 || port(h.substring(colon))) && loopbackName(name);
    }

    static boolean loopbackUrl(String url) {
        if (blank(url)) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost();
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && host != null
                    && (loopbackName(host.toLowerCase(Locale.ROOT)) || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean loopbackName(String name) {
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static boolean port(String colonAndPort) {
        return colonAndPort.matches(":\\d{1,5}");
    }

    private static String aad(ChannelAccount account) {
        return account == null ? null : account.getAadObjectId();
    }

    private static String id(ChannelAccount account) {
        return account == null ? null : account.getId();
    }

    private static String name(ChannelAccount account) {
        return account == null ? null : account.getName();
    }

    private static boolean longer(String value, int max) {
        return value != null && value.length() > max;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
