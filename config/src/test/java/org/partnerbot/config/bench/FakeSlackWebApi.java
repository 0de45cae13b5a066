package org.partnerbot.config.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A loopback stand-in for Slack's Web API that answers every method at once, for load runs. */
final class FakeSlackWebApi implements AutoCloseable {

    static {
        // A JDK server: without it every keep-alive answer waits for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    final AtomicLong calls = new AtomicLong();

    FakeSlackWebApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String body;
            if (path.endsWith("auth.test")) {
                body = "{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\",\"team\":\"Bench\"}";
            } else if (path.endsWith("users.info")) {
                body = "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"dan\",\"tz\":\"Europe/London\",\"profile\":{\"display_name\":\"dan\"}}}";
            } else if (path.endsWith("conversations.info")) {
                // An object, as Slack sends it: the bare id Slack's client could not read failed every command
                // (the channel's host is asked before a command runs), so Partnerbot did its work in a failure path.
                body = "{\"ok\":true,\"channel\":{\"id\":\"C1\",\"name\":\"partnership\",\"is_channel\":true,"
                        + "\"is_ext_shared\":false}}";
            } else {
                body = "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.1\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
