package org.partnerbot.config.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP listener on Jetty 12 (core API, no servlets), serving {@link HttpRoute}s. Request bodies are read without
 * holding a thread (Jetty hands the bytes over as they come, and only the finished body goes to a pool thread), so
 * clients that dribble headers or bodies hold a connection, never a worker: the pool stays free for real requests.
 * A body must arrive whole within its deadline (else 408), a silent connection is closed after the idle timeout,
 * headers are capped at 8 KB (431), the number of connections is bounded, and the server names no version. Two are
 * run: the public one (platform endpoints, the calendar feed) and the management one ({@code /healthz},
 * {@code /metrics}), each with its own pool, so a busy public side never stalls the health check.
 */
public final class HttpListener implements AutoCloseable {

    /** What bounds one listener. */
    public record Limits(int maxThreads, int minThreads, int maxConnections, Duration idleTimeout, Duration bodyDeadline,
                         int headerBytes) {

        /** The public listener: Slack and Teams at full speed, plus slow or hostile clients that must not matter. */
        public static Limits publicFacing() {
            return new Limits(32, 4, 512, Duration.ofSeconds(10), Duration.ofSeconds(5), 8192);
        }

        /** The management listener: a scraper and a load balancer's probe. */
        public static Limits management() {
            return new Limits(8, 2, 64, Duration.ofSeconds(10), Duration.ofSeconds(5), 8192);
        }
    }

    /** Hears how long each request took to be answered, under its route's fixed path (never the request's own). */
    public interface Observer {
        void answered(String routePath, int status, Duration took);
    }

    private static final Logger log = LoggerFactory.getLogger(HttpListener.class);

    private final Server server;
    private final ServerConnector connector;
    private final String host;
    private final List<HttpRoute> routes = new CopyOnWriteArrayList<>();
    private final List<Observer> observers = new CopyOnWriteArrayList<>();
    private final Limits limits;
    /** Requests whose body has arrived and whose answer is being made (not those still arriving). */
    private final AtomicInteger answering = new AtomicInteger();

    public HttpListener(String host, int port) {
        this(host, port, "http", Limits.publicFacing());
    }

    public HttpListener(String host, int port, String name, Limits limits) {
        this.host = host;
        this.limits = limits;
        QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), limits.minThreads(), 60_000);
        pool.setName(name);
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(limits.headerBytes());
        config.setIdleTimeout(limits.idleTimeout().toMillis());
        // One acceptor and one selector: two cores, and the selector only moves bytes.
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        try {
            InetAddress address = InetAddress.getByName(host);
            connector.setHost(address.getHostAddress());
        } catch (UnknownHostException e) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": unknown host", e);
        }
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
        server.setHandler(new GracefulHandler(new Router()));
        server.setStopTimeout(5_000);
    }

    public HttpListener route(HttpRoute route) {
        routes.add(route);
        return this;
    }

    public HttpListener observe(Observer observer) {
        observers.add(observer);
        return this;
    }

    public HttpListener start() {
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // it did not start; nothing to stop
            }
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new UncheckedIOException("Cannot listen on " + host + ":" + connector.getPort() + ": " + cause.getMessage(),
                    cause instanceof IOException io ? io : new IOException(cause));
        }
        return this;
    }

    /** How many requests are being answered now: the inbox's workers give way to them. */
    public int answering() {
        return answering.get();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** No new connections; requests in flight get up to 5 s; new requests on open connections get 503. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("stopping the HTTP listener: {}", e.getMessage());
        }
    }

    /** Finds the route, reads the body without a thread, then answers on a pool thread. */
    private final class Router extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long started = System.nanoTime();
            String path = Request.getPathInContext(request);
            HttpRoute route = routes.stream().filter(r -> r.matches(path)).findFirst().orElse(null);
            String language = request.getHeaders().get("Accept-Language");
            if (route == null) {
                write(response, callback, BrowserAnswer.text(404, language, "http.notFound"), false);
                return true;
            }
            long declared = request.getLength();
            if (declared > route.maxBody() || route.maxBody() == 0 && declared > 0) {
                finish(route, started, response, callback, route.tooLarge(), true);
                return true;
            }
            if (route.maxBody() == 0) {
                finish(route, started, response, callback, answer(route, call(request, new byte[0])), false);
                return true;
            }
            AtomicBoolean settled = new AtomicBoolean();
            Scheduler.Task deadline = server.getScheduler().schedule(() -> {
                if (settled.compareAndSet(false, true)) {
                    finish(route, started, response, callback, BrowserAnswer.text(408, language, "http.bodyTooSlow"), true);
                }
            }, limits.bodyDeadline().toMillis(), TimeUnit.MILLISECONDS);
            // BLOCKING: the finished body is handed to a pool thread, where the route may use the database.
            Content.Source.asByteArrayAsync(request, route.maxBody(), Promise.Invocable.from(Invocable.InvocationType.BLOCKING,
                    body -> {
                        if (settled.compareAndSet(false, true)) {
                            deadline.cancel();
                            finish(route, started, response, callback, answer(route, call(request, body)), false);
                        }
                    },
                    failure -> {
                        if (settled.compareAndSet(false, true)) {
                            deadline.cancel();
                            boolean tooLarge = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("max");
                            finish(route, started, response, callback, tooLarge ? route.tooLarge()
                                    : BrowserAnswer.text(400, language, "http.bodyUnreadable"), true);
                        }
                    }));
            return true;
        }

        private HttpAnswer answer(HttpRoute route, HttpCall call) {
            answering.incrementAndGet();
            try {
                return route.handler().apply(call);
            } catch (RuntimeException e) {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                log.error("request to {} failed ref={}", route.path(), ref, e);
                return BrowserAnswer.text(500, call.header("accept-language"), "http.internalError", ref);
            } finally {
                answering.decrementAndGet();
            }
        }

        private void finish(HttpRoute route, long started, Response response, Callback callback, HttpAnswer answer,
                            boolean close) {
            write(response, callback, answer, close);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            for (Observer o : observers) {
                o.answered(route.path(), answer.status(), took);
            }
        }

        private HttpCall call(Request request, byte[] body) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField field : request.getHeaders()) {
                headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(field.getValue());
            }
            return new HttpCall(request.getMethod(), Request.getPathInContext(request), request.getHttpURI().getQuery(),
                    headers, body, Request.getRemoteAddr(request));
        }

        private void write(Response response, Callback callback, HttpAnswer answer, boolean close) {
            response.setStatus(answer.status());
            answer.headers().forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
            if (close) {
                // The rest of the body is never read: the connection cannot carry another request.
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
        }
    }

    /** Where this listener listens, for log lines. */
    public InetSocketAddress address() {
        return new InetSocketAddress(host, port());
    }
}
