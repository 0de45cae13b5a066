package org.partnerbot.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for Microsoft's Bot Connector on loopback at {@code http://127.0.0.1:<port>/_connector}: records every
 * activity the bot posts, answers member look-ups from a roster, and can be told to fail the next sends.
 */
public final class FakeConnector implements AutoCloseable {

    /** One activity the bot posted: to which conversation, in reply to which activity (or null), and its JSON. */
    public record Posted(String conversationId, String replyToId, JsonNode activity) {
    }

    private record Failure(int status, String retryAfter) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/_connector/v3/conversations/";

    private final HttpServer server;
    private final List<Posted> posted = new ArrayList<>();
    private final List<JsonNode> opened = new ArrayList<>();
    /** Personal chats the bot opened, by conversation id: who is in each. */
    private final Map<String, String> personalChats = new ConcurrentHashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private int hangUps;
    private final Map<String, JsonNode> roster = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final AtomicInteger attempts = new AtomicInteger();

    public FakeConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-connector");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/_connector", this::handle);
        server.start();
    }

    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/_connector";
    }

    /** A person the connector knows: Teams id, name and Entra object id. */
    public void member(String teamsId, String name, String aadObjectId) {
        roster.put(teamsId, JSON.createObjectNode().put("id", teamsId).put("name", name).put("aadObjectId", aadObjectId));
    }

    /** The person is no longer in the roster (removed from the team or chat). */
    public void removeMember(String teamsId) {
        roster.remove(teamsId);
    }

    /** The next send is posted, then the connection closes with no answer: the bot cannot know that it arrived. */
    public synchronized void hangUpAfterTakingNext() {
        hangUps++;
    }

    public synchronized void failNext(int status, String retryAfter) {
        failures.add(new Failure(status, retryAfter));
    }

    public synchronized List<Posted> posted() {
        return List.copyOf(posted);
    }

    public synchronized int count() {
        return posted.size();
    }

    public synchronized List<Posted> since(int from) {
        return List.copyOf(posted.subList(from, posted.size()));
    }

    /** The conversations the bot asked to open (ConversationParameters). */
    public synchronized List<JsonNode> opened() {
        return List.copyOf(opened);
    }

    /** The person in a personal chat the bot opened, by the chat's conversation id; empty for any other conversation. */
    public java.util.Optional<String> personIn(String conversationId) {
        return java.util.Optional.ofNullable(personalChats.get(conversationId));
    }

    /** Sends tried, including the ones told to fail. */
    public int attempts() {
        return attempts.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals(PREFIX.substring(0, PREFIX.length() - 1))) {
                String id = "a:opened-" + ids.incrementAndGet();
                JsonNode parameters = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                synchronized (this) {
                    opened.add(parameters);
                }
                personalChats.put(id, parameters.path("members").path(0).path("name").asText(
                        parameters.path("members").path(0).path("id").asText("")));
                respond(exchange, 200, "{\"id\":\"" + id + "\",\"serviceUrl\":\"" + serviceUrl() + "\"}");
                return;
            }
            if (!path.startsWith(PREFIX)) {
                respond(exchange, 404, "{}");
                return;
            }
            String[] parts = path.substring(PREFIX.length()).split("/");
            if ("GET".equals(exchange.getRequestMethod()) && parts.length == 3 && parts[1].equals("members")) {
                // Teams finds a member by Teams id or by Entra object id.
                JsonNode member = roster.get(parts[2]);
                if (member == null) {
                    member = roster.values().stream().filter(m -> parts[2].equals(m.path("aadObjectId").asText()))
                            .findFirst().orElse(null);
                }
                respond(exchange, member == null ? 404 : 200, member == null ? "{}" : member.toString());
                return;
            }
            if ("POST".equals(exchange.getRequestMethod()) && parts.length >= 2 && parts[1].equals("activities")) {
                attempts.incrementAndGet();
                Failure failure;
                synchronized (this) {
                    failure = failures.poll();
                }
                if (failure != null) {
                    if (failure.retryAfter() != null) {
                        exchange.getResponseHeaders().set("Retry-After", failure.retryAfter());
                    }
                    respond(exchange, failure.status(), "{\"error\":{\"code\":\"Failed\",\"message\":\"told to fail\"}}");
                    return;
                }
                JsonNode activity = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                boolean hangUp;
                synchronized (this) {
                    posted.add(new Posted(parts[0], parts.length > 2 ? parts[2] : null, activity));
                    hangUp = hangUps > 0;
                    hangUps = Math.max(0, hangUps - 1);
                }
                if (hangUp) {
                    return; // closed unanswered
                }
                respond(exchange, 200, "{\"id\":\"" + ids.incrementAndGet() + "\"}");
                return;
            }
            respond(exchange, 404, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
