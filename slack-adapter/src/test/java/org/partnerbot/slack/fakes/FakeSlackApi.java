package org.partnerbot.slack.fakes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API on 127.0.0.1, recording every call. Users are named after their ids ({@code UPRIYA} is
 * "priya", in Europe/London); the bot is {@code UBOT} in team {@code T1}. Response URLs live under
 * {@code /response/…}. A scripted failure (e.g. a 429 with Retry-After) answers the next call of a method.
 */
public final class FakeSlackApi implements AutoCloseable {

    public static final String BOT_USER = "UBOT";
    public static final String TEAM = "T1";
    public static final String BOT_ID = "B1";

    /** One request the bot made. {@code params} are the form fields (or JSON members) it sent. */
    public record Call(String method, Map<String, String> params, String body, String token) {

        public Call(String method, Map<String, String> params, String body) {
            this(method, params, body, null);
        }

        public String param(String name) {
            return params.get(name);
        }

        /** Blocks sent, whether as a form field (Web API) or in a JSON body (response URL, views). */
        public JsonArray blocks() {
            String raw = params.get("blocks");
            if (raw != null) {
                return JsonParser.parseString(raw).getAsJsonArray();
            }
            String view = params.get("view");
            if (view != null) {
                return JsonParser.parseString(view).getAsJsonObject().getAsJsonArray("blocks");
            }
            return new JsonArray();
        }

        /** Every text Slack would interpret as mrkdwn in this post (the fallback and the blocks), decoded from JSON. */
        public String mrkdwn() {
            StringBuilder out = new StringBuilder(params.getOrDefault("text", ""));
            collect(blocks(), out);
            return out.toString();
        }

        private static void collect(JsonElement e, StringBuilder out) {
            if (e.isJsonArray()) {
                e.getAsJsonArray().forEach(x -> collect(x, out));
            } else if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                if (o.has("text") && o.get("text").isJsonPrimitive()) {
                    out.append('\n').append(o.get("text").getAsString());
                }
                o.entrySet().forEach(x -> collect(x.getValue(), out));
            }
        }

        public boolean isPost() {
            return method.equals("chat.postMessage") || method.equals("chat.postEphemeral") || method.startsWith("response/");
        }

        /** Seen by the asker only: an ephemeral post or an ephemeral response-URL answer. */
        public boolean ephemeral() {
            return method.equals("chat.postEphemeral") || "ephemeral".equals(params.get("response_type"));
        }
    }

    private record Failure(int status, String retryAfter, String body) {
    }

    /**
     * A message as Slack keeps it in a channel's history: who posted it (a user id, and a bot id for apps), its ts,
     * and its metadata when it was posted with some.
     */
    private record Posted(String channel, String user, String botId, String ts, String text, JsonObject metadata) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new LinkedHashMap<>();
    private final Map<String, java.util.concurrent.CountDownLatch> holds = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger();
    private final List<Posted> history = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> drops = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> hangUps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
    private record Stall(java.util.concurrent.CountDownLatch latch, int fromCall) {
    }

    private final Map<String, Stall> stalls = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();
    /** Who is in each channel, for conversations.members; a channel not listed is one Slack will not show the bot. */
    private final Map<String, List<String>> channelMembers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Who was seen in each channel (see {@link #seenIn}), for channels without a list of their own. */
    private final Map<String, java.util.Set<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();
    /** Channels anyone in the workspace can join (conversations.info says is_private false); others listed are private. */
    private final Map<String, Boolean> channelPublic = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** The next call of {@code method} fails with this HTTP status (and Retry-After seconds, when given). */
    public synchronized void failNext(String method, int status, String retryAfter, String body) {
        failures.computeIfAbsent(method, k -> new ArrayDeque<>()).add(new Failure(status, retryAfter, body));
    }

    /** Calls of {@code method} wait until the returned latch is released: Slack being slow. */
    public java.util.concurrent.CountDownLatch hold(String method) {
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        holds.put(method, latch);
        return latch;
    }

    /**
     * Calls of {@code method} are carried out (a post is in the channel's history) but not answered until the returned
     * latch is released: Slack took the message and the sender never heard back.
     */
    public java.util.concurrent.CountDownLatch stallAfterTaking(String method) {
        return stallAfterTaking(method, 1);
    }

    /** As {@link #stallAfterTaking(String)}, from the {@code fromCall}-th call of the method on (counting from 1). */
    public java.util.concurrent.CountDownLatch stallAfterTaking(String method, int fromCall) {
        java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        stalls.put(method, new Stall(latch, fromCall));
        return latch;
    }

    /**
     * The next call of {@code method} is lost: it is never answered (the client times out; a closed connection would
     * make OkHttp send it again by itself) and nothing is carried out.
     */
    public void dropNext(String method) {
        drops.add(method);
    }

    /** The next call of {@code method} is carried out (a post is in the history), then the connection closes unanswered. */
    public void hangUpAfterTakingNext(String method) {
        hangUps.add(method);
    }

    /** The channel's members as conversations.members lists them (replacing any earlier list). */
    /** The locale users.info gives a user, when asked with {@code include_locale} (as Slack only then says it). */
    public void locale(String user, String locale) {
        locales.put(user, locale);
    }

    private final Map<String, String> locales = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String everyonesLocale;

    /** The locale users.info gives everyone not given one of their own (a workspace where everyone reads Welsh). */
    public void everyonesLocale(String locale) {
        everyonesLocale = locale;
    }

    public void channelMembers(String channel, String... users) {
        channelMembers.put(channel, List.of(users));
    }

    /**
     * Slack saw this person in the channel (they spoke, ran a command or joined there): conversations.members lists them,
     * unless the test gave the channel's member list itself.
     */
    public void seenIn(String channel, String user) {
        seen.computeIfAbsent(channel, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(user);
    }

    /** The person left the channel: conversations.members no longer lists them. */
    public void goneFrom(String channel, String user) {
        seen.getOrDefault(channel, java.util.Set.of()).remove(user);
        List<String> listed = channelMembers.get(channel);
        if (listed != null) {
            channelMembers.put(channel, listed.stream().filter(u -> !u.equals(user)).toList());
        }
    }

    /** A Slack Connect channel: hosted by one team, shared with the others (each sees it with its own token). */
    public record SharedChannel(String host, List<String> teams) {
    }

    private final Map<String, SharedChannel> shared = new java.util.concurrent.ConcurrentHashMap<>();

    public void sharedChannel(String channel, String host, String... teams) {
        shared.put(channel, new SharedChannel(host, List.of(teams)));
    }

    private final Map<String, String> userTeams = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> teamNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** The person's own workspace, as users.info says ({@code team_id}); unset, users.info names no team. */
    public void userOf(String user, String team) {
        userTeams.put(user, team);
    }

    /** The person's own workspace and the Enterprise Grid organisation it belongs to ({@code enterprise_user}). */
    public void userOf(String user, String team, String enterprise) {
        userTeams.put(user, team);
        userEnterprises.put(user, enterprise);
    }

    private final Map<String, String> userEnterprises = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A workspace's name, as team.info gives it to a token of that workspace or of one sharing a channel with it (the
     * fake answers any token: what it checks is that the adapter asks at all, and for whom).
     */
    public void teamName(String team, String name) {
        teamNames.put(team, name);
    }

    /** The team is disconnected from the channel: its token no longer finds it. */
    public void unshare(String channel, String team) {
        SharedChannel c = shared.get(channel);
        shared.put(channel, new SharedChannel(c.host(), c.teams().stream().filter(t -> !t.equals(team)).toList()));
    }

    /** What conversations.info says of the channel: public (anyone can join) or private. */
    public void channelIsPublic(String channel, boolean isPublic) {
        channelPublic.put(channel, isPublic);
    }

    /** Stamps posts (their {@code ts}) with this clock's time, as Slack stamps them with its own. */
    public void clock(java.time.Clock clock) {
        this.clock = clock;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> posts() {
        return calls.stream().filter(Call::isPost).toList();
    }

    public int size() {
        return calls.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.startsWith("/api/") ? path.substring(5) : path.substring(1);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            // A file upload's body is the file itself, not parameters.
            Map<String, String> params = method.startsWith("upload/") ? Map.of()
                    : type != null && type.toLowerCase(Locale.ROOT).contains("json") ? json(body) : form(body);
            java.util.concurrent.CountDownLatch hold = holds.get(method);
            if (hold != null) {
                try {
                    hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : params.get("token");
            calls.add(new Call(method, params, body, token));
            if (drops.remove(method)) {
                awaitQuietly(closing); // never answered (the client times out) and never carried out: the request is lost
                return;
            }
            Failure failure = nextFailure(method.startsWith("response/") ? "response" : method);
            if (failure != null) {
                if (failure.retryAfter() != null) {
                    exchange.getResponseHeaders().set("Retry-After", failure.retryAfter());
                }
                send(exchange, failure.status(), failure.body());
                return;
            }
            String answer;
            if (token != null && revoked.contains(token) && !method.startsWith("oauth.")) {
                answer = "{\"ok\":false,\"error\":\"token_revoked\"}";
            } else {
                callToken.set(token);
                answer = answer(method, params);
            }
            if (hangUps.remove(method)) {
                return; // carried out, then the connection closes with no answer
            }
            Stall stall = stalls.get(method);
            if (stall != null && calls(method).size() >= stall.fromCall()) {
                awaitQuietly(stall.latch());
            }
            send(exchange, 200, answer);
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Failure nextFailure(String method) {
        Deque<Failure> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private String answer(String method, Map<String, String> params) {
        if (method.startsWith("response/")) {
            return "ok";
        }
        JsonObject o = new JsonObject();
        o.addProperty("ok", true);
        switch (method) {
            case "oauth.v2.access" -> {
                return oauthAccess(params);
            }
            case "auth.test" -> {
                Installable by = tokenOf(params);
                if (by != null) {
                    o.addProperty("user_id", by.botUser());
                    o.addProperty("user", "partnerbot");
                    o.addProperty("team_id", by.orgWide() ? by.enterprise() : by.team());
                    if (by.enterprise() != null) {
                        o.addProperty("enterprise_id", by.enterprise());
                    }
                    o.addProperty("is_enterprise_install", by.orgWide());
                    o.addProperty("bot_id", by.botId());
                    o.addProperty("url", "https://" + by.team() + ".slack.com/");
                    return o.toString();
                }
                o.addProperty("user_id", BOT_USER);
                o.addProperty("user", "partnerbot");
                o.addProperty("team_id", TEAM);
                o.addProperty("team", "Northside");
                o.addProperty("bot_id", BOT_ID);
                o.addProperty("url", "https://northside.slack.com/");
            }
            case "users.info" -> {
                JsonObject user = user(params.getOrDefault("user", "UNKNOWN"));
                String team = userTeams.get(params.getOrDefault("user", "UNKNOWN"));
                if (team != null) {
                    user.addProperty("team_id", team);
                }
                String enterprise = userEnterprises.get(params.getOrDefault("user", "UNKNOWN"));
                if (enterprise != null) {
                    JsonObject enterpriseUser = new JsonObject();
                    enterpriseUser.addProperty("id", params.get("user"));
                    enterpriseUser.addProperty("enterprise_id", enterprise);
                    enterpriseUser.addProperty("enterprise_name", enterprise + " organisation");
                    user.add("enterprise_user", enterpriseUser);
                }
                String locale = locales.getOrDefault(params.getOrDefault("user", "UNKNOWN"), everyonesLocale);
                if (locale != null && List.of("1", "true").contains(params.get("include_locale"))) {
                    user.addProperty("locale", locale);
                }
                o.add("user", user);
            }
            case "team.info" -> {
                String name = teamNames.get(params.getOrDefault("team", ""));
                if (name == null) {
                    o.addProperty("ok", false);
                    o.addProperty("error", "team_not_found");
                } else {
                    JsonObject team = new JsonObject();
                    team.addProperty("id", params.get("team"));
                    team.addProperty("name", name);
                    o.add("team", team);
                }
            }
            case "conversations.open" -> {
                JsonObject channel = new JsonObject();
                channel.addProperty("id", "D" + params.getOrDefault("users", "X").replace("[\"", "").replace("\"]", ""));
                o.add("channel", channel);
            }
            case "chat.postMessage" -> {
                String stamp = nextTs();
                o.addProperty("channel", params.get("channel"));
                o.addProperty("ts", stamp);
                String metadata = params.get("metadata");
                history.add(new Posted(params.get("channel"), BOT_USER, BOT_ID, stamp, params.getOrDefault("text", ""),
                        metadata == null || metadata.isEmpty() ? null : JsonParser.parseString(metadata).getAsJsonObject()));
            }
            case "conversations.history" -> history(params, o);
            case "conversations.members" -> members(params, o);
            case "conversations.info" -> {
                SharedChannel sharedChannel = shared.get(params.getOrDefault("channel", ""));
                if (sharedChannel != null) {
                    Installable by = tokenOf(params);
                    String team = by == null ? TEAM : by.team();
                    if (!sharedChannel.teams().contains(team)) {
                        o.addProperty("ok", false);
                        o.addProperty("error", "channel_not_found");
                    } else {
                        JsonObject channel = new JsonObject();
                        channel.addProperty("id", params.get("channel"));
                        channel.addProperty("is_channel", true);
                        channel.addProperty("is_private", false);
                        channel.addProperty("is_shared", sharedChannel.teams().size() > 1);
                        channel.addProperty("is_ext_shared", sharedChannel.teams().size() > 1);
                        channel.addProperty("conversation_host_id", sharedChannel.host());
                        channel.addProperty("context_team_id", team);
                        JsonArray teams = new JsonArray();
                        sharedChannel.teams().forEach(teams::add);
                        channel.add("shared_team_ids", teams);
                        o.add("channel", channel);
                    }
                    return o.toString();
                }
                Boolean isPublic = channelPublic.get(params.getOrDefault("channel", ""));
                if (isPublic == null) {
                    o.addProperty("ok", false);
                    o.addProperty("error", "channel_not_found");
                } else {
                    JsonObject channel = new JsonObject();
                    channel.addProperty("id", params.get("channel"));
                    channel.addProperty("is_channel", true);
                    channel.addProperty("is_private", !isPublic);
                    o.add("channel", channel);
                }
            }
            case "chat.postEphemeral" -> o.addProperty("message_ts", "1700000000." + String.format("%06d", ts.incrementAndGet()));
            case "apps.connections.open" -> o.addProperty("url", socketModeUrl);
            case "files.getUploadURLExternal" -> {
                o.addProperty("upload_url", apiUrl().replace("/api/", "/upload/") + "F1");
                o.addProperty("file_id", "F1");
            }
            case "files.completeUploadExternal" -> {
                com.google.gson.JsonArray files = new com.google.gson.JsonArray();
                JsonObject file = new JsonObject();
                file.addProperty("id", "F1");
                files.add(file);
                o.add("files", files);
            }
            default -> {
                // views.publish, views.open and the rest: ok is all the adapter reads
            }
        }
        return o.toString();
    }

    private String nextTs() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() + "." + String.format("%06d", (now.getNano() / 1000 + ts.incrementAndGet()) % 1_000_000);
    }

    /**
     * A channel's messages at or after {@code oldest}, newest first, {@code limit} per page with a cursor, as Slack
     * pages them; metadata only with {@code include_all_metadata}, as Slack shows another app's metadata only then.
     */
    private void history(Map<String, String> params, JsonObject o) {
        double oldest = Double.parseDouble(params.getOrDefault("oldest", "0"));
        List<Posted> matching = new ArrayList<>(history.stream().filter(p -> p.channel().equals(params.get("channel")))
                .filter(p -> Double.parseDouble(p.ts()) >= oldest).toList());
        java.util.Collections.reverse(matching);
        int from = params.containsKey("cursor") && !params.get("cursor").isEmpty() ? Integer.parseInt(params.get("cursor")) : 0;
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        JsonArray messages = new JsonArray();
        boolean withMetadata = "true".equals(params.get("include_all_metadata")) || "1".equals(params.get("include_all_metadata"));
        for (Posted p : matching.subList(Math.min(from, matching.size()), Math.min(from + limit, matching.size()))) {
            JsonObject m = new JsonObject();
            m.addProperty("type", "message");
            m.addProperty("ts", p.ts());
            m.addProperty("text", p.text());
            m.addProperty("user", p.user());
            if (p.botId() != null) {
                m.addProperty("bot_id", p.botId());
            }
            if (withMetadata && p.metadata() != null) {
                m.add("metadata", p.metadata());
            }
            messages.add(m);
        }
        o.add("messages", messages);
        boolean more = from + limit < matching.size();
        o.addProperty("has_more", more);
        JsonObject meta = new JsonObject();
        meta.addProperty("next_cursor", more ? Integer.toString(from + limit) : "");
        o.add("response_metadata", meta);
    }

    /** A channel's members, {@code limit} per page with a cursor, as Slack pages them; unknown channels are not found. */
    private void members(Map<String, String> params, JsonObject o) {
        String channelId = params.getOrDefault("channel", "");
        List<String> all = channelMembers.get(channelId);
        if (all == null && seen.containsKey(channelId)) {
            all = List.copyOf(new java.util.TreeSet<>(seen.get(channelId)));
        }
        if (all == null) {
            o.addProperty("ok", false);
            o.addProperty("error", "channel_not_found");
            return;
        }
        int from = params.containsKey("cursor") && !params.get("cursor").isEmpty() ? Integer.parseInt(params.get("cursor")) : 0;
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        JsonArray page = new JsonArray();
        all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size())).forEach(page::add);
        o.add("members", page);
        JsonObject meta = new JsonObject();
        meta.addProperty("next_cursor", from + limit < all.size() ? Integer.toString(from + limit) : "");
        o.add("response_metadata", meta);
    }

    /**
     * A workspace (or, org-wide, an organisation) that can install the app: Slack's authorize page gives the installer
     * {@code code}; {@code oauth.v2.access} exchanges it for a bot token (a rotating one, with a refresh token and
     * {@code expires_in}, when {@code rotating}).
     */
    public record Installable(String code, String team, String enterprise, String botUser, String botId, boolean rotating,
                              boolean orgWide) {
    }

    private final Map<String, Installable> codes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Installable> issued = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Installable> refreshTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> revoked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenSerial = new AtomicInteger();
    /** Seconds a rotating token lasts when issued at install (short: under Bolt's two-hour margin, so it is refreshed). */
    private volatile long installExpiresIn = 3600;

    public void installable(Installable i) {
        codes.put(i.code(), i);
    }

    /** Tokens Slack issued, newest last. */
    public List<String> tokensIssued() {
        return List.copyOf(issued.keySet().stream().sorted(java.util.Comparator.comparingInt(FakeSlackApi::serial)).toList());
    }

    /** Slack no longer accepts this token (uninstalled, revoked). */
    public void revoke(String token) {
        revoked.add(token);
    }

    private static int serial(String token) {
        return Integer.parseInt(token.substring(token.lastIndexOf('-') + 1));
    }

    private final ThreadLocal<String> callToken = new ThreadLocal<>();

    /** The installation whose token this call carries, or null for the default workspace's. */
    private Installable tokenOf(Map<String, String> params) {
        String token = callToken.get();
        return token == null ? null : issued.get(token);
    }

    private String oauthAccess(Map<String, String> params) {
        JsonObject o = new JsonObject();
        Installable i;
        if ("refresh_token".equals(params.get("grant_type"))) {
            i = refreshTokens.remove(params.getOrDefault("refresh_token", ""));
        } else {
            i = codes.remove(params.getOrDefault("code", "")); // a code is good once
        }
        if (i == null) {
            o.addProperty("ok", false);
            o.addProperty("error", "refresh_token".equals(params.get("grant_type")) ? "invalid_refresh_token" : "invalid_code");
            return o.toString();
        }
        int n = tokenSerial.incrementAndGet();
        String token = (i.rotating() ? "xoxe.xoxb-" : "xoxb-") + (i.orgWide() ? i.enterprise() : i.team()) + "-" + n;
        issued.put(token, i);
        o.addProperty("ok", true);
        o.addProperty("access_token", token);
        o.addProperty("token_type", "bot");
        o.addProperty("scope", "commands,chat:write");
        o.addProperty("bot_user_id", i.botUser());
        o.addProperty("app_id", "A0PARTNER");
        if (i.orgWide()) {
            o.add("team", com.google.gson.JsonNull.INSTANCE);
        } else {
            JsonObject team = new JsonObject();
            team.addProperty("id", i.team());
            team.addProperty("name", i.team() + " workspace");
            o.add("team", team);
        }
        if (i.enterprise() != null) {
            JsonObject enterprise = new JsonObject();
            enterprise.addProperty("id", i.enterprise());
            enterprise.addProperty("name", i.enterprise() + " organisation");
            o.add("enterprise", enterprise);
        }
        o.addProperty("is_enterprise_install", i.orgWide());
        JsonObject user = new JsonObject();
        user.addProperty("id", "UINSTALLER");
        o.add("authed_user", user);
        if (i.rotating()) {
            String refresh = "xoxe-1-refresh-" + n;
            refreshTokens.put(refresh, i);
            o.addProperty("refresh_token", refresh);
            o.addProperty("expires_in", "refresh_token".equals(params.get("grant_type")) ? 43200 : installExpiresIn);
        }
        return o.toString();
    }

    /** Posts a message as someone else would, so history holds more than the bot's own. */
    public void postedByOthers(String channel, int count) {
        for (int i = 0; i < count; i++) {
            history.add(new Posted(channel, "UOTHER", null, nextTs(), "chatter " + i, null));
        }
    }

    /** Another app in the channel posts a message with this metadata (JSON). */
    public void postedByAnotherApp(String channel, String metadata) {
        history.add(new Posted(channel, "UAPP2", "B2", nextTs(), "from another app", JsonParser.parseString(metadata).getAsJsonObject()));
    }

    /** {@code UPRIYA} → "priya"; Slack would answer with the person's profile. */
    public static String nameOf(String userId) {
        return userId.substring(1).toLowerCase(Locale.ROOT);
    }

    public static String idOf(String name) {
        return "U" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static JsonObject user(String id) {
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("name", nameOf(id));
        user.addProperty("tz", "Europe/London");
        JsonObject profile = new JsonObject();
        profile.addProperty("display_name", nameOf(id));
        profile.addProperty("real_name", nameOf(id) + " Real");
        user.add("profile", profile);
        return user;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Map<String, String> json(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            JsonObject o = JsonParser.parseString(body).getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                out.put(e.getKey(), e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString());
            }
        } catch (RuntimeException e) {
            out.put("_raw", body);
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }

    /** Everything recorded so far, one line per call, for assertion messages. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        calls.forEach(c -> lines.add(c.method() + " " + c.params()));
        return String.join("\n", lines);
    }
}
