package org.partnerbot.slack.install;

import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.partnerbot.core.i18n.BrowserLanguage;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.slack.transport.RawRequest;
import org.partnerbot.slack.transport.RawResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /slack/install} and {@code GET /slack/oauth_redirect}, whatever server carries them, answered by Bolt's
 * OAuth flow: the first issues a one-time state (in the database and in the installer's cookie) and sends the browser to
 * Slack's authorize page; the second checks the state, exchanges the code ({@code oauth.v2.access}), stores the
 * installation and shows a page saying what to do next. A failure is a page with the link again, never a stack trace.
 */
public final class InstallEndpoint {

    private static final Logger log = LoggerFactory.getLogger(InstallEndpoint.class);
    /** A query string from Slack is a few hundred bytes. */
    static final int MAX_QUERY = 4096;

    private final App app;

    public InstallEndpoint(App app) {
        this.app = app;
    }

    public RawResponse handle(RawRequest raw) {
        if (!"GET".equalsIgnoreCase(raw.method()) && !"HEAD".equalsIgnoreCase(raw.method())) {
            return text(405, reader(raw).t("http.useGet") + "\n");
        }
        if (raw.rawQuery() != null && raw.rawQuery().length() > MAX_QUERY) {
            return text(414, reader(raw).t("http.queryTooLong") + "\n");
        }
        RequestHeaders headers = new RequestHeaders(headers(raw));
        Request<?> request;
        if (raw.path().equals(SlackOAuth.INSTALL_PATH)) {
            request = new OAuthStartRequest("", headers);
        } else if (raw.path().equals(SlackOAuth.REDIRECT_PATH)) {
            Map<String, List<String>> query = query(raw.rawQuery());
            request = new OAuthCallbackRequest(query, "", VerificationCodePayload.from(query), headers);
        } else {
            return text(404, reader(raw).t("http.notFound") + "\n");
        }
        try {
            return InstallPages.readBy(raw.header("accept-language"), () -> {
                try {
                    return answer(app.run(request));
                } catch (Exception e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Slack install step failed ref={}", ref, e.getCause());
            return text(500, reader(raw).t("slack.install.error", ref) + "\n");
        }
    }

    /** An installer reads these in a browser: in the language it asks for. */
    private static Texts reader(RawRequest raw) {
        return IcuMessages.standard().in(BrowserLanguage.of(raw.header("accept-language")));
    }

    /** A checked failure of Bolt's, carried out of the language's scope to be answered as before. */
    private static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }
    }

    private static RawResponse answer(Response r) {
        Map<String, List<String>> headers = new LinkedHashMap<>(r.getHeaders() == null ? Map.of() : r.getHeaders());
        if (r.getContentType() != null) {
            headers.put("Content-Type", List.of(r.getContentType()));
        }
        String body = r.getBody() == null ? "" : r.getBody();
        return new RawResponse(r.getStatusCode() == null ? 200 : r.getStatusCode(), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static RawResponse text(int status, String body) {
        return new RawResponse(status, Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> headers(RawRequest raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        raw.headers().forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
        return out;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException malformed) {
                // a malformed escape: the pair is ignored, and a callback without its state is refused
            }
        }
        return out;
    }
}
