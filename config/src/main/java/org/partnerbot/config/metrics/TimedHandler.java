package org.partnerbot.config.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;

/** Wraps a route so the time to answer each request is recorded under the route's fixed path. */
public final class TimedHandler implements HttpHandler {

    private final String path;
    private final HttpHandler delegate;
    private final Metrics metrics;

    public TimedHandler(String path, HttpHandler delegate, Metrics metrics) {
        this.path = path;
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try {
            delegate.handle(exchange);
        } finally {
            metrics.acked(path, exchange.getResponseCode(), Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
