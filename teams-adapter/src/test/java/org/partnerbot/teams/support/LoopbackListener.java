package org.partnerbot.teams.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.partnerbot.teams.http.RawRequest;
import org.partnerbot.teams.http.RawResponse;

/**
 * The adapter's transport-neutral endpoint on a JDK server on loopback, as the launcher's listener serves it: the raw
 * body and headers in, status, headers and body out. For the adapter's own tests (the launcher's tests use the real one).
 */
public final class LoopbackListener implements AutoCloseable {

    static {
        // Without it every keep-alive answer waits for the delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    /** @param maxBody as the launcher's listener: a longer body (declared or sent) gets 413 and is not read further */
    public LoopbackListener(String path, int maxBody, Function<RawRequest, RawResponse> endpoint,
                            java.util.function.Supplier<RawResponse> tooLarge) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext(path, exchange -> {
            try (exchange) {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
                String declared = exchange.getRequestHeaders().getFirst("Content-Length");
                byte[] body = declared != null && Long.parseLong(declared.strip()) > maxBody ? null
                        : exchange.getRequestBody().readNBytes(maxBody + 1);
                RawResponse response;
                if (body == null || body.length > maxBody) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    response = tooLarge.get();
                } else {
                    response = endpoint.apply(new RawRequest(exchange.getRequestMethod(),
                            exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), headers, body,
                            exchange.getRemoteAddress().getAddress().getHostAddress()));
                }
                response.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
                exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
                if (response.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(response.body());
                    }
                }
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
