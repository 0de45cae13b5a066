package org.partnerbot.slack.transport;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, checked on the exact bytes received and before anything reads them: {@code v0=} and the
 * hex HMAC-SHA256, keyed with the signing secret, of {@code v0:<timestamp>:} followed by the raw body. Bolt's own check
 * encodes the body in the platform's default charset (ASCII under {@code LANG=C}, where every non-ASCII body then
 * fails) and compares with {@code String.equals}; this one uses UTF-8 for the prefix only, the raw bytes for the body,
 * a constant-time comparison, and a window of five minutes either side of the injectable clock (Slack's published 2018
 * test vector verifies at its own time; a request signed for tomorrow is refused as well as one from yesterday).
 */
public final class ClockedVerifier {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    /**
     * A Mac is not thread-safe, and looking one up and keying it for every request cost a tenth of the listener's own
     * work per ack: each listener thread keeps one, keyed once (doFinal leaves it ready for the next request).
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    public ClockedVerifier(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** As Slack signs it: the body as the bytes it was sent as. */
    public boolean isValid(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.millis() / 1000 - sent) > WINDOW.toSeconds()) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(mac(timestamp.strip(), body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** A text body, as UTF-8 (what Slack sends). */
    public boolean isValid(String timestamp, String body, String signature) {
        return isValid(timestamp, body.getBytes(StandardCharsets.UTF_8), signature);
    }

    private byte[] mac(String timestamp, byte[] body) {
        Mac mac = macs.get();
        mac.reset(); // nothing of an earlier request that failed half-way is kept
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(body);
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
