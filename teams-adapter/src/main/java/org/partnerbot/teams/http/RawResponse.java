package org.partnerbot.teams.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** An HTTP answer in no server's types: status, headers (with their values), body bytes. */
public record RawResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public RawResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    static RawResponse json(int status, String json) {
        return new RawResponse(status, Map.of("Content-Type", List.of("application/json; charset=utf-8")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    static RawResponse text(int status, String message) {
        return new RawResponse(status, Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static RawResponse empty(int status) {
        return new RawResponse(status, Map.of(), new byte[0]);
    }
}
