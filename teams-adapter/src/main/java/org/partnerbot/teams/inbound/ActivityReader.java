package org.partnerbot.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Serialization;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;

/**
 * Where an activity was said and by whom, in the core's terms. The workspace is the tenant; a partnership in a
 * team lives in the channel ({@code channelData.channel.id}), not in the thread the post started.
 */
public final class ActivityReader {

    private static final String THREAD_MARK = ";messageid=";

    private ActivityReader() {
    }

    public static String workspace(Activity activity) {
        String tenant = tenant(activity);
        // Emulators without a tenant share one local workspace; real Teams always sends one.
        return "teams:" + (isBlank(tenant) ? "local" : tenant);
    }

    /** The host tenant: {@code conversation.tenantId} (right in shared channels too), else {@code channelData.tenant.id}. */
    public static String tenant(Activity activity) {
        String tenant = activity.getConversation() == null ? null : activity.getConversation().getTenantId();
        if (isBlank(tenant)) {
            tenant = channelData(activity).path("tenant").path("id").asText("");
        }
        return isBlank(tenant) ? null : tenant;
    }

    public static boolean personal(Activity activity) {
        return "personal".equalsIgnoreCase(conversationType(activity));
    }

    public static ConversationKind kind(Activity activity) {
        return personal(activity) ? ConversationKind.DIRECT : ConversationKind.CHANNEL;
    }

    public static String conversationType(Activity activity) {
        return activity.getConversation() == null ? "" : nullToEmpty(activity.getConversation().getConversationType());
    }

    /** The conversation a partnership is bound to: the channel for any thread in it, else the chat itself. */
    public static String conversationKey(Activity activity) {
        String channel = channelData(activity).path("channel").path("id").asText("");
        if (!channel.isEmpty()) {
            return channel;
        }
        return withoutThread(conversationId(activity));
    }

    /** The conversation id to post to for a new message in the partnership's conversation (not a thread). */
    public static String conversationId(Activity activity) {
        return activity.getConversation() == null ? "" : nullToEmpty(activity.getConversation().getId());
    }

    public static String withoutThread(String conversationId) {
        int mark = conversationId.indexOf(THREAD_MARK);
        return mark < 0 ? conversationId : conversationId.substring(0, mark);
    }

    public static Speaker speaker(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String key = userKey(from);
        // Teams gives no organisation's name in an activity (only Microsoft Graph would): the agency linked to the tenant
        // names it (Access), so a guest shows as "dan · NHS Trust" once someone of theirs ran `agency link`.
        String own = homeTenant(activity);
        return new Speaker(key == null ? "unknown" : key, from == null ? null : from.getName(), zone(activity),
                activity.getLocale(), own == null ? workspace(activity) : "teams:" + own, null);
    }

    /**
     * The person's own tenant: {@code from.tenantId}, which Teams sends in a shared channel for a person of another
     * organisation (whose activity otherwise carries the host's tenant), else the conversation's.
     */
    public static String homeTenant(Activity activity) {
        ChannelAccount from = activity.getFrom();
        JsonNode tenant = from == null || from.getProperties() == null ? null : from.getProperties().get("tenantId");
        String id = tenant == null || !tenant.isTextual() ? null : tenant.asText().strip();
        return isBlank(id) || id.length() > 100 ? tenant(activity) : id;
    }

    /**
     * A person is keyed by their Entra object id, and only by it: {@code from.id} is per app, and on the anonymous
     * endpoint anyone can write it. Null when the account has none (the endpoint refuses such messages).
     */
    public static String userKey(ChannelAccount account) {
        if (account == null) {
            return null;
        }
        return isBlank(account.getAadObjectId()) ? null : account.getAadObjectId();
    }

    /** The reader's zone from the {@code clientInfo} entity, else the activity's own, else unknown. */
    public static ZoneId zone(Activity activity) {
        for (JsonNode entity : entities(activity)) {
            if ("clientInfo".equalsIgnoreCase(entity.path("type").asText())) {
                ZoneId zone = parseZone(entity.path("timezone").asText(""));
                if (zone != null) {
                    return zone;
                }
            }
        }
        return parseZone(nullToEmpty(activity.getLocalTimezone()));
    }

    public static List<JsonNode> entities(Activity activity) {
        List<JsonNode> out = new ArrayList<>();
        if (activity.getEntities() != null) {
            for (Entity entity : activity.getEntities()) {
                out.add(Serialization.objectToTree(entity));
            }
        }
        return out;
    }

    public static JsonNode channelData(Activity activity) {
        Object data = activity.getChannelData();
        return data == null ? Serialization.createObjectNode() : Serialization.objectToTree(data);
    }

    private static ZoneId parseZone(String id) {
        if (id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
