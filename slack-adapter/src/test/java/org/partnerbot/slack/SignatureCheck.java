package org.partnerbot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.partnerbot.slack.transport.ClockedVerifier;

/**
 * Run in a JVM of its own by {@link NonAsciiSignatureTest}, with whatever {@code file.encoding} it is given: checks a
 * Welsh, curly-quoted, emoji body signed the way Slack signs (UTF-8 bytes), with ours and with Bolt's verifier, and
 * prints {@code charset=… ours=… bolt=…}.
 */
public final class SignatureCheck {

    static final String SECRET = "charset-secret";
    static final String BODY = "text=agenda+add+" + "Cyfarfod â’r ysgol – “Llŷr” 👍";

    private SignatureCheck() {
    }

    public static void main(String[] args) throws Exception {
        String ts = "1764000000";
        String signature = slackSignature(ts, BODY.getBytes(StandardCharsets.UTF_8));
        Clock then = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(ts)), ZoneOffset.UTC);
        boolean ours = new ClockedVerifier(SECRET, then).isValid(ts, BODY.getBytes(StandardCharsets.UTF_8), signature);
        boolean bolt = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET))
                .isValid(ts, new String(BODY.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), signature,
                        Long.parseLong(ts) * 1000);
        System.out.println("charset=" + Charset.defaultCharset().name() + " ours=" + ours + " bolt=" + bolt);
    }

    /** As Slack computes it: HMAC-SHA256 over {@code v0:<ts>:} and the body's bytes, written out independently here. */
    static String slackSignature(String ts, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
