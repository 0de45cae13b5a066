package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A body with Welsh, curly quotes and an emoji verifies whatever the JVM's default charset: under {@code LANG=C}
 * (Java 17 then defaults to ASCII) Bolt's own check refuses every such request from Slack; ours reads the bytes.
 */
class NonAsciiSignatureTest {

    @Test
    void aNonAsciiBodyVerifiesUnderAnAsciiDefaultCharset() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-cp", System.getProperty("java.class.path"), SignatureCheck.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("ours=true");
        if (out.contains("charset=US-ASCII")) {
            assertThat(out).as("Bolt's check, for comparison: what this endpoint no longer relies on").contains("bolt=false");
        }
    }

    @Test
    void aSignedNonAsciiCommandIsAcceptedAndItsTextKeptIntact() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver sam = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            sam.say("sam", "setup Northside");
            String text = "agenda add Cyfarfod â’r ysgol – “Llŷr” 👍";
            String body = bed.slashCommand("T1", SlackTestbed.CHANNEL, "UDAN", text);
            String ts = String.valueOf(bed.clock.instant().getEpochSecond());
            String signature = SignatureCheckSigner.sign(ts, body);
            assertThat(bed.post(body, "application/x-www-form-urlencoded", ts, signature, java.util.Map.of()).statusCode())
                    .isEqualTo(200);
            bed.settle();
            assertThat(bed.core.transactions().inTransaction(() -> bed.core.jdbc().list("SELECT text FROM agenda_items",
                    rs -> rs.getString(1)))).containsExactly("Cyfarfod â’r ysgol – “Llŷr” 👍");
        }
    }

    /** The testbed's secret, signed independently of any verifier. */
    private static final class SignatureCheckSigner {
        static String sign(String ts, String body) throws Exception {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SlackTestbed.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
