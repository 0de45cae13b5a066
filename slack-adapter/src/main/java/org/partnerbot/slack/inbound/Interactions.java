package org.partnerbot.slack.inbound;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnerbot.core.intake.Acceptance;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.slack.blocks.ButtonValue;
import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.text.Mrkdwn;
import org.partnerbot.slack.text.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons and modals. A press runs the button's command as if the presser had typed it, in the presser's own
 * workspace (taken from the request, never from the value). A button that needs text first opens a modal
 * (views.open must use the trigger id within 3 s, so that call is made before the ack); submitting it runs the
 * command with the text appended.
 */
public final class Interactions {

    public static final String MODAL = "partner.prompt";
    static final String INPUT_BLOCK = "text";
    static final String INPUT_ACTION = "value";
    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    private final SlackInbox inbox;
    private final Replies replies;
    private final SlackCalls calls;

    public Interactions(SlackInbox inbox, Replies replies, SlackCalls calls) {
        this.inbox = inbox;
        this.replies = replies;
        this.calls = calls;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(BlockKitRenderer.actionIdPattern()), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            Acceptance taken = pressed(p, req.getRequestBodyAsString());
            Origin origin = origin(p);
            return Acks.press(ctx, taken, origin.responseUrl() == null ? null : replies.responseUrl(origin.responseUrl()));
        });
        app.viewSubmission(MODAL, (req, ctx) -> {
            Submitted outcome = submitted(req.getPayload(), req.getRequestBodyAsString());
            if (outcome.error() != null) {
                return ctx.ackWithErrors(Map.of(INPUT_BLOCK, outcome.error()));
            }
            return outcome.acceptance() == Acceptance.BUSY ? ctx.ackWithErrors(Map.of(INPUT_BLOCK, Acks.BUSY)) : ctx.ack();
        });
    }

    /** Where a press happened: a message in a channel or DM (with its response URL), or the App Home tab. */
    private record Origin(String channel, String responseUrl, boolean home) {
    }

    /** A form's fate: an error to show under its field, or what the inbox made of it. */
    record Submitted(String error, Acceptance acceptance) {
    }

    /** A block_actions payload may name no team (Slack then names the presser's). */
    private static String workspaceOf(String enterprise, String team, String userTeam) {
        return Workspaces.key(enterprise, team != null ? team : userTeam);
    }

    Acceptance pressed(BlockActionPayload p, String body) {
        String workspace = workspaceOf(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? null : p.getTeam().getId(), p.getUser().getTeamId());
        String user = p.getUser().getId();
        Origin origin = origin(p);
        if (p.getActions() == null || p.getActions().isEmpty()) {
            return Acceptance.ALREADY_HAD;
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        String key = action.getActionTs() == null ? SlackInbox.requestKey("blk", body)
                : SlackInbox.pressKey(workspace, user, action.getActionId(), action.getActionTs());
        Optional<ButtonValue> value = ButtonValue.decode(action.getValue());
        if (value.isEmpty()) {
            return inbox.offer(key, new Pending(Pending.Kind.STALE_BUTTON, workspace, origin.channel(), user, null, false,
                    true, null, origin.home() ? Pending.Answer.HOME : Pending.Answer.RESPONSE_URL, origin.responseUrl(), null));
        }
        ButtonValue v = value.get();
        if (v.prompt() != null) {
            // The trigger id expires 3 s after the press: the form opens before the ack; submitting it is the input.
            openModal(p.getTriggerId(), v, origin);
            return Acceptance.TAKEN;
        }
        return run(key, workspace, user, origin, v.command(), false, v.partnershipId());
    }

    Submitted submitted(ViewSubmissionPayload p, String body) {
        String workspace = workspaceOf(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? null : p.getTeam().getId(), p.getUser().getTeamId());
        String user = p.getUser().getId();
        JsonObject meta;
        Origin origin;
        Long partnership;
        try {
            meta = JsonParser.parseString(p.getView().getPrivateMetadata()).getAsJsonObject();
            origin = new Origin(string(meta, "ch"), string(meta, "r"), meta.has("home") && meta.get("home").getAsBoolean());
            partnership = meta.has("p") ? meta.get("p").getAsLong() : null;
            if (string(meta, "c") == null) {
                throw new IllegalArgumentException("no command");
            }
        } catch (RuntimeException e) {
            return new Submitted("This form is out of date; please press the button again.", null);
        }
        String text = enteredText(p.getView());
        if (text == null || text.isBlank()) {
            return new Submitted("Please write something first.", null);
        }
        String key = p.getView().getId() == null ? SlackInbox.requestKey("view", body)
                : SlackInbox.viewKey(p.getView().getId(), String.valueOf(p.getView().getHash()));
        // Modal text arrives raw: escape it into Slack's message form so the same conversion defuses look-alike markup.
        return new Submitted(null, run(key, workspace, user, origin, Mrkdwn.escape(string(meta, "c") + " " + text.strip()),
                true, partnership));
    }

    private Acceptance run(String key, String workspace, String user, Origin origin, String command, boolean slackFormatted,
                           Long partnership) {
        if (origin.home()) {
            return inbox.offer(key, new Pending(Pending.Kind.SAY, workspace, null, user, command, slackFormatted, true,
                    partnership, Pending.Answer.HOME, null, null));
        }
        String channel = origin.channel() == null ? AppHome.conversationKey(user) : origin.channel();
        boolean viaUrl = origin.responseUrl() != null;
        return inbox.offer(key, new Pending(Pending.Kind.SAY, workspace, channel, user, command, slackFormatted, true,
                partnership, viaUrl ? Pending.Answer.RESPONSE_URL : Pending.Answer.CHANNEL, origin.responseUrl(), null));
    }

    private void openModal(String triggerId, ButtonValue v, Origin origin) {
        JsonObject meta = new JsonObject();
        meta.addProperty("c", v.command());
        if (v.partnershipId() != null) {
            meta.addProperty("p", v.partnershipId());
        }
        if (origin.channel() != null) {
            meta.addProperty("ch", origin.channel());
        }
        if (origin.responseUrl() != null) {
            meta.addProperty("r", origin.responseUrl());
        }
        meta.addProperty("home", origin.home());
        View modal = View.builder().type("modal").callbackId(MODAL).privateMetadata(meta.toString())
                .title(ViewTitle.builder().type("plain_text").text("Partnerbot").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(List.of(InputBlock.builder().blockId(INPUT_BLOCK).label(plain(v.prompt(), 2000))
                        .element(PlainTextInputElement.builder().actionId(INPUT_ACTION).multiline(true).maxLength(2000).build())
                        .build()))
                .build();
        try {
            calls.openModal(triggerId, modal);
        } catch (DeliveryException e) {
            log.warn("modal not opened: {}", e.getMessage());
        }
    }

    private static Origin origin(BlockActionPayload p) {
        boolean home = p.getContainer() != null && "view".equals(p.getContainer().getType())
                && p.getView() != null && "home".equals(p.getView().getType());
        String channel = p.getChannel() != null ? p.getChannel().getId()
                : p.getContainer() != null ? p.getContainer().getChannelId() : null;
        return new Origin(channel, p.getResponseUrl(), home);
    }

    private static String enteredText(View view) {
        if (view.getState() == null || view.getState().getValues() == null) {
            return null;
        }
        Map<String, ViewState.Value> block = view.getState().getValues().get(INPUT_BLOCK);
        ViewState.Value value = block == null ? null : block.get(INPUT_ACTION);
        return value == null ? null : value.getValue();
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    private static PlainTextObject plain(String text, int max) {
        String t = text.length() <= max ? text : text.substring(0, max - 1) + "…";
        return PlainTextObject.builder().text(t).build();
    }
}
