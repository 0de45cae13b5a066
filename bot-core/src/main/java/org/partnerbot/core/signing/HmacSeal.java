package org.partnerbot.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.core.transaction.Transactions;

/**
 * {@code pb1.<payload>.<mac>}: the payload base64url-encoded, the mac HMAC-SHA256 over {@code pb1.<payload>} with the
 * bot's key. Opening compares macs in constant time and refuses anything malformed or oversized.
 */
public final class HmacSeal implements Seal {

    static final String KEY_NAME = "button-values";
    private static final String VERSION = "pb1.";
    private static final String ALGORITHM = "HmacSHA256";
    /** Far above any value the bot makes (Slack allows 2000 characters in a button value, 3000 in a modal's metadata). */
    static final int MAX_SEALED = 4000;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    HmacSeal(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A seal with this key (at least 32 bytes): tests, and tools that must check values offline. */
    public static HmacSeal withKey(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a signing key needs at least 32 bytes");
        }
        return new HmacSeal(key.clone());
    }

    /** The bot's seal with the key stored in the database (made now if this is the first start). */
    public static HmacSeal fromStore(Transactions transactions, SigningKeys keys) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return new HmacSeal(transactions.inTransaction(() -> keys.key(KEY_NAME, fresh)));
    }

    @Override
    public String seal(String text) {
        String body = VERSION + ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(mac(body));
    }

    @Override
    public Optional<String> open(String sealed) {
        if (sealed == null || sealed.length() > MAX_SEALED || !sealed.startsWith(VERSION)) {
            return Optional.empty();
        }
        int dot = sealed.lastIndexOf('.');
        if (dot <= VERSION.length()) {
            return Optional.empty();
        }
        String body = sealed.substring(0, dot);
        try {
            byte[] given = DECODER.decode(sealed.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(body))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(body.substring(VERSION.length())), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "HmacSeal[key hidden]";
    }
}
