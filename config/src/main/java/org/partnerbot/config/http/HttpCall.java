package org.partnerbot.config.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a route sees it, in no server's types.
 *
 * @param headers header names in lower case
 * @param body    the exact bytes received (empty for a route that reads none)
 */
public record HttpCall(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                       String remoteAddress) {

    public HttpCall {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
