package org.partnerbot.config.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A route's answer: status, headers (with their values), body bytes. */
public record HttpAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    public HttpAnswer {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpAnswer of(int status, String contentType, String body) {
        return new HttpAnswer(status, Map.of("Content-Type", List.of(contentType)), body.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpAnswer text(int status, String body) {
        return of(status, "text/plain; charset=utf-8", body);
    }

    public HttpAnswer withHeader(String name, String value) {
        Map<String, List<String>> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, List.of(value));
        return new HttpAnswer(status, more, body);
    }
}
