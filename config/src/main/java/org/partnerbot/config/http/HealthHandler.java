package org.partnerbot.config.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@code GET /healthz}: 200 when the database answers and the scheduler fires, 503 naming what is down, so a load
 * balancer stops sending work to a node that could not do it.
 */
public final class HealthHandler implements HttpHandler {

    private final DataSource dataSource;
    private final BooleanSupplier schedulerRunning;

    public HealthHandler(DataSource dataSource, BooleanSupplier schedulerRunning) {
        this.dataSource = dataSource;
        this.schedulerRunning = schedulerRunning;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean dbUp;
        try (Connection c = dataSource.getConnection()) {
            dbUp = c.isValid(2);
        } catch (Exception e) {
            dbUp = false;
        }
        boolean schedulerUp = schedulerRunning.getAsBoolean();
        boolean up = dbUp && schedulerUp;
        byte[] body = ("{\"status\":\"" + state(up) + "\",\"database\":\"" + state(dbUp) + "\",\"scheduler\":\""
                + state(schedulerUp) + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(up ? 200 : 503, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String state(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
