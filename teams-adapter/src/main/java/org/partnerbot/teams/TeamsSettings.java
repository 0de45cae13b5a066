package org.partnerbot.teams;

import java.util.Locale;
import java.util.Set;

/**
 * The Teams bot registration. With no app id the endpoint is anonymous, which is only safe for local emulators
 * (the Agents Playground) on a loopback listener; the launcher enforces that.
 *
 * @param appId     {@code MICROSOFT_APP_ID}, or empty for an anonymous local bot
 * @param password  {@code MICROSOFT_APP_PASSWORD}
 * @param tenantId  {@code MICROSOFT_APP_TENANT_ID}: outbound tokens come from this tenant (single-tenant bots)
 * @param appType   {@code MICROSOFT_APP_TYPE}: MultiTenant (default) or SingleTenant
 * @param tenants   {@code PARTNERBOT_TEAMS_TENANTS}: the tenants allowed to use the bot; empty for all
 */
public record TeamsSettings(String appId, String password, String tenantId, String appType, Set<String> tenants) {

    public TeamsSettings {
        appId = blankToEmpty(appId);
        password = blankToEmpty(password);
        tenantId = blankToEmpty(tenantId);
        appType = blankToEmpty(appType);
        tenants = tenants == null ? Set.of() : Set.copyOf(tenants);
    }

    /** Every tenant may use the bot. */
    public TeamsSettings(String appId, String password, String tenantId, String appType) {
        this(appId, password, tenantId, appType, Set.of());
    }

    public static TeamsSettings anonymous() {
        return new TeamsSettings("", "", "", "");
    }

    /** {@code PARTNERBOT_TEAMS_TENANTS}: comma-separated tenant ids; activities from any other tenant are refused. */
    public TeamsSettings onlyForTenants(String commaSeparated) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (String id : (commaSeparated == null ? "" : commaSeparated).split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return new TeamsSettings(appId, password, tenantId, appType, ids);
    }

    public boolean isAnonymous() {
        return appId.isEmpty();
    }

    public boolean singleTenant() {
        return appType.toLowerCase(Locale.ROOT).equals("singletenant");
    }

    /**
     * Settings that contradict each other, as one line naming the variable; null when they are usable.
     * Returned rather than thrown so the launcher reports it in its own words.
     */
    public String problem() {
        if (isAnonymous()) {
            return password.isEmpty() ? null
                    : "MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not: set both, or neither for a local emulator.";
        }
        if (password.isEmpty()) {
            return "MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: the bot needs its client secret to reply.";
        }
        String type = appType.toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.equals("multitenant") && !type.equals("singletenant")) {
            return "MICROSOFT_APP_TYPE must be MultiTenant or SingleTenant (managed identities are not supported), not \""
                    + appType + "\".";
        }
        if (singleTenant() && tenantId.isEmpty()) {
            return "MICROSOFT_APP_TYPE is SingleTenant but MICROSOFT_APP_TENANT_ID is not set.";
        }
        return null;
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "TeamsSettings[appId=" + (appId.isEmpty() ? "(anonymous)" : appId) + ", tenantId=" + tenantId
                + ", appType=" + appType + ", tenants=" + tenants + ", password=" + (password.isEmpty() ? "(not set)" : "(set)") + "]";
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
