package org.partnerbot.teams.http;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnerbot.core.intake.Acceptance;
import org.partnerbot.core.intake.Arrival;
import org.partnerbot.core.intake.InboxWorkers;
import org.partnerbot.teams.connector.SdkAdapter;
import org.partnerbot.teams.inbound.ActivityReader;
import org.partnerbot.teams.intake.StoredActivity;
import org.partnerbot.teams.turn.TeamsTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}, whatever server carries it: one activity (at most 256 KB), checked ({@link ActivityGate}),
 * authenticated by the SDK, then recorded in the durable inbox and acknowledged with 202; an inbox worker runs its turn.
 * A card action ({@code invoke}) is answered in the response itself, so its turn runs at once, still recorded first.
 * 400 unreadable or not acceptable, 401 failed authentication, 403/415 refused, 413 too large, 503 busy.
 */
public final class MessagesEndpoint {

    public static final String PATH = "/api/messages";
    public static final int MAX_BODY = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MessagesEndpoint.class);

    private final SdkAdapter adapter;
    private final TeamsTurn turn;
    private final InboxWorkers inbox;
    private final ActivityGate gate;

    public MessagesEndpoint(SdkAdapter adapter, TeamsTurn turn, InboxWorkers inbox, boolean anonymous,
                            java.util.Set<String> tenants) {
        this.adapter = adapter;
        this.turn = turn;
        this.inbox = inbox;
        this.gate = new ActivityGate(anonymous, tenants);
    }

    public RawResponse handle(RawRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            return new RawResponse(405, Map.of("Allow", List.of("POST")), "Use POST to send an activity.\n".getBytes(StandardCharsets.UTF_8));
        }
        if (request.body().length > MAX_BODY) {
            return tooLarge();
        }
        Optional<ActivityGate.Refusal> refused = gate.request(request);
        if (refused.isPresent()) {
            return RawResponse.text(refused.get().status(), refused.get().message());
        }
        Activity activity = parse(request.body());
        if (activity == null) {
            return RawResponse.text(400, "The body is not a Bot Framework activity (JSON with a type).");
        }
        refused = gate.activity(activity);
        if (refused.isPresent()) {
            return RawResponse.text(refused.get().status(), refused.get().message());
        }
        ClaimsIdentity identity;
        try {
            identity = adapter.authenticate(request.header("Authorization"), activity);
        } catch (RuntimeException e) {
            Throwable authFailure = authFailure(e);
            if (authFailure == null) {
                return failed(activity, e);
            }
            log.warn("rejected an activity: {}", authFailure.getMessage());
            return RawResponse.text(401, "Unauthorized: the request has no valid Bot Framework token.");
        }
        if (inbox.busy()) {
            return busy(activity);
        }
        Arrival arrival = arrival(activity, identity, request.body());
        try {
            if (activity.isType(ActivityTypes.INVOKE)) {
                return invoke(arrival, identity, activity);
            }
            Acceptance taken = inbox.accept(arrival);
            return taken == Acceptance.BUSY ? busy(activity) : RawResponse.empty(202);
        } catch (RuntimeException e) {
            return failed(activity, e);
        }
    }

    /**
     * Busy, for the Bot Connector to retry. Teams shows its sender a notice of its own, but an emulator shows this body,
     * so it is in the sender's language as far as it is known without the database (busy: the database is behind).
     */
    private RawResponse busy(Activity activity) {
        return new RawResponse(503, Map.of("Retry-After", List.of("60"), "Content-Type", List.of("text/plain; charset=utf-8")),
                (turn.ackReader(activity).t("teams.busy") + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The answer to a body over {@link #MAX_BODY}, which a listener gives without reading the rest. */
    public RawResponse tooLarge() {
        return RawResponse.text(413, "The activity is larger than " + MAX_BODY / 1024 + " KB.");
    }

    /** A card action waits for its answer: the turn runs now, on this thread, once. */
    private RawResponse invoke(Arrival arrival, ClaimsIdentity identity, Activity activity) {
        Optional<InvokeResponse> response = inbox.acceptAndRun(arrival, entry -> adapter.run(identity, activity, turn::onTurn).join());
        if (response.isEmpty()) {
            return RawResponse.empty(200); // the same card action again: it was done once
        }
        byte[] json;
        try {
            json = Serialization.toString(response.get().getBody()).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return failed(activity, e);
        }
        return new RawResponse(response.get().getStatus(), Map.of("Content-Type", List.of("application/json; charset=utf-8")), json);
    }

    private static Arrival arrival(Activity activity, ClaimsIdentity identity, byte[] body) {
        String key = TeamsTurn.deliveryId(activity);
        return new Arrival(key == null ? Arrival.digest(TeamsKeys.PLATFORM, new String(body, StandardCharsets.UTF_8)) : key,
                TeamsKeys.PLATFORM, ActivityReader.workspace(activity), ActivityReader.conversationKey(activity),
                ActivityReader.userKey(activity.getFrom()), activity.getType(), new StoredActivity(activity, identity).toJson());
    }

    /** The SDK reports a missing or bad token as AuthenticationException, and an unparsable one as a JWT error. */
    private static Throwable authFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof JWTVerificationException) {
                return t;
            }
        }
        return null;
    }

    private static RawResponse failed(Activity activity, Throwable e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("activity failed ref={} type={}", ref, activity.getType(), e);
        return RawResponse.text(500, "The bot failed to handle this activity (ref " + ref + ").");
    }

    private static Activity parse(byte[] body) {
        try {
            JsonNode node = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || !node.path("type").isTextual()) {
                return null;
            }
            return Serialization.safeGetAs(node, Activity.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
