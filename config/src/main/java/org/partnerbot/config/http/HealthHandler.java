package org.partnerbot.config.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;

/** {@code GET /healthz}: 200 when the database answers, 503 when it does not. */
public final class HealthHandler implements HttpHandler {

    private final DataSource dataSource;

    public HealthHandler(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean dbUp;
        try (Connection c = dataSource.getConnection()) {
            dbUp = c.isValid(2);
        } catch (Exception e) {
            dbUp = false;
        }
        byte[] body = ("{\"status\":\"" + (dbUp ? "UP" : "DOWN") + "\",\"database\":\"" + (dbUp ? "UP" : "DOWN") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(dbUp ? 200 : 503, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
