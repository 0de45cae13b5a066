package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body over 1 MiB is not from Slack: it gets 413 without the endpoint waiting for (or holding) all of it.
 * The requests are written on a raw socket so the test controls how much of the body is ever sent.
 */
class OversizeBodyTest {

    private static final int MIB = 1 << 20;
    private SlackTestbed bed;

    @BeforeEach
    void setUp() throws Exception {
        bed = new SlackTestbed();
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    @Test
    void aDeclaredLengthOverOneMebibyteIsRefusedBeforeTheBodyArrives() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (2 * MIB) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write("{\"type\":\"event_callback\",\"padding\":\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Only a few bytes of the announced 2 MiB were sent: an answer now means nothing waited for the rest.
            assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
        }
        assertThat(bed.api.posts()).as("nothing reached the bot").isEmpty();
    }

    @Test
    void aChunkedBodyIsReadOnlyUpToTheLimitThenRefused() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (int sent = 0; sent <= MIB; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            // The closing zero-length chunk is never sent: the body has no end, so the endpoint must stop on its own.
            assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
        }
        assertThat(bed.api.posts()).as("nothing reached the bot").isEmpty();
    }

    @Test
    void aBodyUnderTheLimitIsStillJudgedOnItsSignature() {
        String padding = "a".repeat(MIB - 1024);
        String body = "{\"type\":\"url_verification\",\"challenge\":\"c\",\"padding\":\"" + padding + "\"}";
        assertThat(bed.post(body, "application/json", null, null, Map.of()).statusCode())
                .as("big but allowed: refused for the missing signature, not for its size").isEqualTo(401);
        assertThat(bed.signed(body, "application/json", Map.of()).statusCode()).isEqualTo(200);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(bed.endpointUrl()).getPort());
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String line = in.readLine();
        return line == null ? "(connection closed without an answer)" : line;
    }
}
