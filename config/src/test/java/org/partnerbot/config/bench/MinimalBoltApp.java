package org.partnerbot.config.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerbot.config.http.HttpAnswer;
import org.partnerbot.config.http.HttpRoute;
import org.partnerbot.slack.transport.EventsEndpoint;

/**
 * The baseline of the Slack ack benchmarks: the smallest Bolt app that acks {@code /partner} ("ok"), with Bolt's own
 * middleware (its signature check included) and nothing else, served by the same listener as Partnerbot.
 */
final class MinimalBoltApp {

    private MinimalBoltApp() {
    }

    static App app(String secret, String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        App app = new App(AppConfig.builder().signingSecret(secret).singleTeamBotToken("xoxb-bench")
                .slack(Slack.getInstance(config)).build());
        app.command("/partner", (req, ctx) -> ctx.ack("ok"));
        return app;
    }

    /** Bolt's request parser and {@code App.run}, as a Bolt servlet would do it. */
    static HttpRoute route(App app) {
        SlackRequestParser parser = new SlackRequestParser(app.config());
        return HttpRoute.exact(EventsEndpoint.PATH, EventsEndpoint.MAX_BODY, call -> {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            call.headers().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(call.path())
                    .queryString(Map.of()).headers(new RequestHeaders(headers))
                    .requestBody(new String(call.body(), StandardCharsets.UTF_8)).remoteAddress(call.remoteAddress()).build());
            try {
                Response r = app.run(request);
                return HttpAnswer.of(r.getStatusCode(), r.getContentType() == null ? "text/plain" : r.getContentType(),
                        r.getBody() == null ? "" : r.getBody());
            } catch (Exception e) {
                return HttpAnswer.text(500, "failed");
            }
        }, HttpAnswer.text(413, "too large"));
    }
}
