package org.partnerbot.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.partnerbot.core.reply.ButtonValue;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.core.signing.HmacSeal;

/** Sealed values in tests: a seal with a fixed key, and reading what a drawn button carries (without checking it). */
public final class Sealed {

    private Sealed() {
    }

    /** A seal whose key no running bot has: what it seals is foreign to every bot under test. */
    public static Seal foreign() {
        return HmacSeal.withKey("a key that no partnerbot under test ever made".getBytes(StandardCharsets.UTF_8));
    }

    /** What a drawn button's value says, read as a platform would show it; the bot itself only trusts what it opens. */
    public static ButtonValue peek(String sealed) {
        String[] parts = sealed.split("\\.");
        if (parts.length != 3 || !parts[0].equals("pb1")) {
            throw new IllegalArgumentException("not a sealed value: " + sealed);
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return ButtonValue.decode(payload).orElseThrow();
    }

    /** The same value with one character of its payload changed, as someone editing it would. */
    public static String tampered(String sealed) {
        String[] parts = sealed.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = payload.replaceFirst("&p=\\d+", "&p=1").replace("c=", "c=x");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(edited.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
