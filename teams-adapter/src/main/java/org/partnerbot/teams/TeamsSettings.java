package org.partnerbot.teams;

import java.util.Locale;

/**
 * The Teams bot registration. With no app id the endpoint is anonymous, which is only safe for local emulators
 * (the Agents Playground) on a loopback listener; the launcher enforces that.
 *
 * @param appId     {@code MICROSOFT_APP_ID}, or empty for an anonymous local bot
 * @param password  {@code MICROSOFT_APP_PASSWORD}
 * @param tenantId  {@code MICROSOFT_APP_TENANT_ID}: outbound tokens come from this tenant (single-tenant bots)
 * @param appType   {@code MICROSOFT_APP_TYPE}: MultiTenant (default) or SingleTenant
 */
public record TeamsSettings(String appId, String password, String tenantId, String appType) {

    public TeamsSettings {
        appId = blankToEmpty(appId);
        password = blankToEmpty(password);
        tenantId = blankToEmpty(tenantId);
        appType = blankToEmpty(appType);
    }

    public static TeamsSettings anonymous() {
        return new TeamsSettings("", "", "", "");
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
                + ", appType=" + appType + ", password=" + (password.isEmpty() ? "(not set)" : "(set)") + "]";
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
