package org.partnerbot.core.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One accepted platform input as its adapter keeps it in the inbox: enough to do the work later, and no more (never
 * the raw request body, which carries tokens).
 *
 * @param key          the de-duplication key, prefixed by the platform ({@code slack:ev:<event_id>}, {@code teams:…});
 *                     the same key arriving again is the same input. Keys over {@value #MAX_KEY} characters, or that
 *                     would name a person, are kept as their SHA-256 ({@link #digest})
 * @param platform     {@code slack}, {@code teams}: whose worker does the work
 * @param workspace    the isolation boundary, as in {@link Inbound#workspace()}
 * @param conversation where it was said: work of one conversation runs one at a time, in the order it arrived
 * @param userKey      who said it, so erasure finds input still waiting; null when nobody did
 * @param kind         the adapter's name for what it is ({@code command}, {@code press}, {@code activity} …)
 * @param input        the adapter's own minimal form of the input
 */
public record Arrival(String key, String platform, String workspace, String conversation, String userKey, String kind,
                      String input) {

    public static final int MAX_KEY = 300;

    public Arrival {
        Objects.requireNonNull(key);
        Objects.requireNonNull(platform);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(input);
        key = key.length() <= MAX_KEY ? key : digest(platform, key);
        conversation = conversation == null || conversation.isEmpty() ? workspace : conversation;
        conversation = conversation.length() <= MAX_KEY ? conversation : digest(platform, conversation);
    }

    /** {@code <platform>:sha256:<hex>} of the parts joined by NUL: a key that keeps no id readable. */
    public static String digest(String platform, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return platform + ":sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
