package org.partnerbot.config.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The pages of {@code src/test/resources/browser-site/}, and any a test adds, over real HTTP on loopback, each with the
 * strict Content-Security-Policy the dashboard will send: nothing inline, nothing from elsewhere. Registered as a
 * static {@code @RegisterExtension}: it serves the whole class, records each test's requests afresh, and stops after.
 */
final class LoopbackSite implements BeforeEachCallback, AfterAllCallback {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png");

    /** One request the browser made: its path and its {@code Cookie} header (empty when none). */
    record Request(String path, String cookie) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> added = new ConcurrentHashMap<>();
    private final byte[] logo = logo();

    private LoopbackSite(HttpServer server) {
        this.server = server;
        server.createContext("/", this::serve);
        server.start();
    }

    static LoopbackSite start() {
        try {
            return new LoopbackSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code html} at {@code path} too, under the same policy. */
    void add(String path, String html) {
        added.put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of one of the site's files, for a test that makes a page from it. */
    static String text(String path) {
        try {
            byte[] content = resource(path);
            if (content == null) {
                throw new IllegalArgumentException("no browser-site" + path + " among the test resources");
            }
            return new String(content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()))));
            byte[] body = path.equals("/logo.png") ? logo : added.containsKey(path) ? added.get(path) : resource(path);
            if (body == null || !path.matches("/[a-z-]+\\.(html|css|png)")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", TYPES.get(path.substring(path.lastIndexOf('.') + 1)));
            exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LoopbackSite.class.getResourceAsStream("/browser-site" + path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** A small picture for the pages' img elements: a dark square with a light bar. */
    private static byte[] logo() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d3557));
        g.fillRect(0, 0, 64, 64);
        g.setColor(new Color(0xf1faee));
        g.fillRect(8, 28, 48, 8);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        requests.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }
}
