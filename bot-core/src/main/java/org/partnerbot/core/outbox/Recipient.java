package org.partnerbot.core.outbox;

/** Who an outbox message goes to: the partnership's conversation ({@link #CHANNEL}) or one person by direct message. */
public record Recipient(String userKey, String displayName) {

    public static final Recipient CHANNEL = new Recipient(null, null);

    public boolean channel() {
        return userKey == null;
    }
}
