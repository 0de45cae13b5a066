package org.partnerbot.slack.fakes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on ws://127.0.0.1: greets each connection with {@code hello} (from the fixture),
 * sends envelopes on demand and collects what the bot sends back (acks carrying the envelope id).
 */
public final class FakeSocketModeServer extends WebSocketServer implements AutoCloseable {

    private final String hello;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile WebSocket client;

    private FakeSocketModeServer(int port, String hello) {
        super(new InetSocketAddress("127.0.0.1", port));
        this.hello = hello;
        setReuseAddr(true);
    }

    public static FakeSocketModeServer start(String hello) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        FakeSocketModeServer server = new FakeSocketModeServer(port, hello);
        server.start();
        return server;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    public boolean awaitConnection(long seconds) throws InterruptedException {
        return connected.await(seconds, TimeUnit.SECONDS);
    }

    public void sendEnvelope(String json) {
        client.send(json);
    }

    /** The next message from the bot, or null after the timeout. */
    public String nextReceived(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        client = conn;
        conn.send(hello);
        connected.countDown();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
