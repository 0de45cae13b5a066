package org.partnerbot.teams.http;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the listener received it, in no server's types: the launcher's listener builds it, this adapter
 * answers it with a {@link RawResponse}.
 *
 * @param headers       header names in lower case
 * @param body          the exact bytes received (the signature covers them)
 * @param remoteAddress the peer's IP address
 */
public record RawRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                         String remoteAddress) {

    public RawRequest {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
