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
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.intake.Acceptance;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.reply.ButtonValue;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.slack.blocks.BlockKitRenderer;

import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.text.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons and modals. A press hands the button's value, exactly as Slack sent it back, to the core, which opens it with
 * the bot's seal and runs its command as if the presser had typed it, in the presser's own workspace (taken from the
 * request, never from the value) and against their membership now. A button that needs text first opens a modal
 * (views.open must use the trigger id within 3 s, so that call is made before the ack); the modal's private metadata is
 * sealed too, and submitting it runs the command with the text appended.
 */
public final class Interactions {

    public static final String MODAL = "partner.prompt";
    static final String INPUT_BLOCK = "text";
    static final String INPUT_ACTION = "value";
    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    private final SlackInbox inbox;
    private final Replies replies;
    private final SlackCalls calls;
    private final Seal seal;
    private final AckTexts words;

    public Interactions(SlackInbox inbox, Replies replies, SlackCalls calls, Seal seal, AckTexts words) {
        this.inbox = inbox;
        this.replies = replies;
        this.calls = calls;
        this.seal = seal;
        this.words = words;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(BlockKitRenderer.actionIdPattern()), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            Acceptance taken = pressed(p, req.getRequestBodyAsString());
            Origin origin = origin(p);
            return Acks.press(ctx, taken, origin.responseUrl() == null ? null : replies.responseUrl(origin.responseUrl()),
                    () -> words.busy(workspaceOf(p), p.getUser() == null ? null : p.getUser().getId()));
        });
        app.viewSubmission(MODAL, (req, ctx) -> {
            ViewSubmissionPayload p = req.getPayload();
            Submitted outcome = submitted(p, req.getRequestBodyAsString());
            if (outcome.error() != null) {
                return ctx.ackWithErrors(Map.of(INPUT_BLOCK, outcome.error()));
            }
            return outcome.acceptance() == Acceptance.BUSY
                    ? ctx.ackWithErrors(Map.of(INPUT_BLOCK, words.busy(workspaceOf(p), p.getUser().getId()))) : ctx.ack();
        });
    }

    /** Where a press happened: a message in a channel or DM (with its response URL), or the App Home tab. */
    private record Origin(String channel, String responseUrl, boolean home) {
    }

    /** A form's fate: an error to show under its field, or what the inbox made of it. */
    record Submitted(String error, Acceptance acceptance) {
    }

    /**
     * A press is recorded under a digest of team, user, action id and action time (a replay of the same press finds
     * it); one that opens a form opens it before the ack (the trigger id expires in 3 s), and the form is the input.
     */
    Acceptance pressed(BlockActionPayload p, String body) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
            return Acceptance.ALREADY_HAD;
        }
        String workspace = workspaceOf(p);
        String user = p.getUser().getId();
        Origin origin = origin(p);
        BlockActionPayload.Action action = p.getActions().get(0);
        String value = action.getValue();
        // Only the prompt is read here, to open the form in time; the core opens the value again and decides.
        Optional<ButtonValue> asking = seal.pressed(value).filter(v -> v.prompt() != null);
        if (asking.isPresent()) {
            openModal(p.getTriggerId(), value, asking.get().prompt(), origin, words.of(workspace, user));
            return Acceptance.TAKEN;
        }
        String key = action.getActionTs() == null ? SlackInbox.requestKey("blk", body)
                : SlackInbox.pressKey(workspace, user, action.getActionId(), action.getActionTs());
        return run(key, workspace, user, origin, value, null);
    }

    Submitted submitted(ViewSubmissionPayload p, String body) {
        String workspace = workspaceOf(p);
        String user = p.getUser().getId();
        JsonObject meta;
        Origin origin;
        try {
            meta = JsonParser.parseString(seal.open(p.getView().getPrivateMetadata()).orElseThrow()).getAsJsonObject();
            origin = new Origin(string(meta, "ch"), string(meta, "r"), meta.has("home") && meta.get("home").getAsBoolean());
            if (string(meta, "v") == null) {
                throw new IllegalArgumentException("no button value");
            }
        } catch (RuntimeException e) {
            return new Submitted(words.of(workspace, user).t("slack.form.stale"), null);
        }
        String text = enteredText(p.getView());
        if (text == null || text.isBlank()) {
            return new Submitted(words.of(workspace, user).t("slack.form.empty"), null);
        }
        // The view's hash changes with every update of it: the same submission replayed has the same id and hash.
        String key = p.getView().getId() == null ? SlackInbox.requestKey("view", body)
                : SlackInbox.viewKey(p.getView().getId(), String.valueOf(p.getView().getHash()));
        return new Submitted(null, run(key, workspace, user, origin, string(meta, "v"), text.strip()));
    }

    private static String workspaceOf(BlockActionPayload p) {
        return workspace(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? (p.getUser() == null ? null : p.getUser().getTeamId()) : p.getTeam().getId());
    }

    private static String workspaceOf(ViewSubmissionPayload p) {
        return workspace(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? p.getUser().getTeamId() : p.getTeam().getId());
    }

    private static String workspace(String enterprise, String team) {
        return Workspaces.key(enterprise, team == null ? "" : team);
    }

    private Acceptance run(String key, String workspace, String user, Origin origin, String value, String typed) {
        if (origin.home()) {
            return inbox.offer(key, new Pending(Pending.Kind.PRESS, workspace, null, user, value, false, true,
                    seal.pressed(value).map(ButtonValue::partnershipId).orElse(null), Pending.Answer.HOME, null, null, typed));
        }
        String channel = origin.channel() == null ? AppHome.conversationKey(user) : origin.channel();
        boolean viaUrl = origin.responseUrl() != null;
        return inbox.offer(key, new Pending(Pending.Kind.PRESS, workspace, channel, user, value, false, true, null,
                viaUrl ? Pending.Answer.RESPONSE_URL : Pending.Answer.CHANNEL, origin.responseUrl(), null, typed));
    }

    /** The form's own buttons in the presser's words; its title is the bot's name, the same in every language. */
    private void openModal(String triggerId, String value, String prompt, Origin origin, Texts t) {
        JsonObject meta = new JsonObject();
        meta.addProperty("v", value);
        if (origin.channel() != null) {
            meta.addProperty("ch", origin.channel());
        }
        if (origin.responseUrl() != null) {
            meta.addProperty("r", origin.responseUrl());
        }
        meta.addProperty("home", origin.home());
        View modal = View.builder().type("modal").callbackId(MODAL).privateMetadata(seal.seal(meta.toString()))
                .title(ViewTitle.builder().type("plain_text").text("Partnerbot").build())
                .submit(ViewSubmit.builder().type("plain_text").text(t.t("slack.form.save")).build())
                .close(ViewClose.builder().type("plain_text").text(t.t("slack.form.cancel")).build())
                .blocks(List.of(InputBlock.builder().blockId(INPUT_BLOCK).label(plain(prompt, 2000))
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
