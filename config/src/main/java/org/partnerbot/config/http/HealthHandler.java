package org.partnerbot.config.http;

import java.sql.Connection;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@code GET /healthz} on the management listener: 200 when the database answers and the scheduler fires, 503 naming
 * what is down, so a load balancer stops sending work to a node that could not do it.
 */
public final class HealthHandler {

    public static final String PATH = "/healthz";

    private final DataSource dataSource;
    private final BooleanSupplier schedulerRunning;

    public HealthHandler(DataSource dataSource, BooleanSupplier schedulerRunning) {
        this.dataSource = dataSource;
        this.schedulerRunning = schedulerRunning;
    }

    public HttpRoute route() {
        return HttpRoute.reading(PATH, false, call -> answer());
    }

    HttpAnswer answer() {
        boolean dbUp;
        try (Connection c = dataSource.getConnection()) {
            dbUp = c.isValid(2);
        } catch (Exception e) {
            dbUp = false;
        }
        boolean schedulerUp = schedulerRunning.getAsBoolean();
        boolean up = dbUp && schedulerUp;
        return HttpAnswer.of(up ? 200 : 503, "application/json", "{\"status\":\"" + state(up) + "\",\"database\":\""
                + state(dbUp) + "\",\"scheduler\":\"" + state(schedulerUp) + "\"}");
    }

    private static String state(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
