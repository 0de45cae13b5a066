package org.partnerbot.config.metrics;

import org.partnerbot.config.http.HttpAnswer;
import org.partnerbot.config.http.HttpRoute;

/** {@code GET /metrics} in the Prometheus text format, on the management listener. */
public final class MetricsHandler {

    public static final String PATH = "/metrics";

    private final Metrics metrics;

    public MetricsHandler(Metrics metrics) {
        this.metrics = metrics;
    }

    public HttpRoute route() {
        return HttpRoute.reading(PATH, false, call -> "GET".equals(call.method())
                ? HttpAnswer.of(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape())
                : HttpAnswer.text(405, ""));
    }
}
