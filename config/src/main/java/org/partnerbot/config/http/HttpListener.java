package org.partnerbot.config.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The one HTTP listener: Slack's {@code /slack/events}, Teams' {@code /api/messages}, health and metrics.
 * Requests run on a pool (the JDK server is single-threaded otherwise) with Nagle off for keep-alive replies.
 */
public final class HttpListener implements AutoCloseable {

    static {
        // Without it every keep-alive reply waits ~40 ms for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private BiFunction<String, HttpHandler, HttpHandler> wrapper = (path, handler) -> handler;

    public HttpListener(String host, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 4), r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
    }

    /** Every route added from now on is wrapped (metrics time each request under the route's fixed path). */
    public HttpListener wrapRoutes(BiFunction<String, HttpHandler, HttpHandler> wrapper) {
        this.wrapper = wrapper;
        return this;
    }

    public HttpListener route(String path, HttpHandler handler) {
        server.createContext(path, wrapper.apply(path, handler));
        return this;
    }

    public HttpListener start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public boolean loopback() {
        return server.getAddress().getAddress().isLoopbackAddress();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
