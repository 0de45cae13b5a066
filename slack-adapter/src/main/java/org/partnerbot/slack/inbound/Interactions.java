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
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.reply.ButtonValue;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.slack.blocks.BlockKitRenderer;

import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.outbound.ReplyTarget;
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

    private final Dispatcher dispatcher;
    private final Replies replies;
    private final AppHome home;
    private final SlackCalls calls;
    private final Seal seal;

    public Interactions(Dispatcher dispatcher, Replies replies, AppHome home, SlackCalls calls, Seal seal) {
        this.dispatcher = dispatcher;
        this.replies = replies;
        this.home = home;
        this.calls = calls;
        this.seal = seal;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(BlockKitRenderer.actionIdPattern()), (req, ctx) -> {
            pressed(req.getPayload());
            return ctx.ack();
        });
        app.viewSubmission(MODAL, (req, ctx) -> {
            Optional<String> error = submitted(req.getPayload());
            return error.isPresent() ? ctx.ackWithErrors(Map.of(INPUT_BLOCK, error.get())) : ctx.ack();
        });
    }

    /** Where a press happened: a message in a channel or DM (with its response URL), or the App Home tab. */
    private record Origin(String channel, String responseUrl, boolean home) {
    }

    void pressed(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
            return;
        }
        String workspace = workspace(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? p.getUser().getTeamId() : p.getTeam().getId());
        String user = p.getUser().getId();
        Origin origin = origin(p);
        String value = p.getActions().get(0).getValue();
        // Only the prompt is read here, to open the form in time; the core opens the value again and decides.
        Optional<ButtonValue> asking = seal.pressed(value).filter(v -> v.prompt() != null);
        if (asking.isPresent()) {
            openModal(p.getTriggerId(), value, asking.get().prompt(), origin);
            return;
        }
        run(workspace, user, origin, value, null);
    }

    Optional<String> submitted(ViewSubmissionPayload p) {
        String workspace = workspace(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? p.getUser().getTeamId() : p.getTeam().getId());
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
            return Optional.of("This form is out of date or was not made by me; please press the button again.");
        }
        String text = enteredText(p.getView());
        if (text == null || text.isBlank()) {
            return Optional.of("Please write something first.");
        }
        run(workspace, user, origin, string(meta, "v"), text.strip());
        return Optional.empty();
    }

    private static String workspace(String enterprise, String team) {
        return Workspaces.key(enterprise, team == null ? "" : team);
    }

    private void run(String workspace, String user, Origin origin, String value, String typed) {
        if (origin.home()) {
            Pressed pressed = new Pressed(workspace, AppHome.conversationKey(user), ConversationKind.DIRECT, user, value, typed);
            // What the partnership should see goes to its channel: the one the (sealed) button is bound to.
            Long partnership = seal.pressed(value).map(ButtonValue::partnershipId).orElse(null);
            ReplyTarget toChannel = home.target(workspace, partnership);
            ReplyTarget files = replies.filesOnly(user);
            dispatcher.press(pressed, reply -> {
                toChannel.deliver(reply);
                files.deliver(reply);
            }, reply -> refreshHome(workspace, user, reply));
            return;
        }
        String channel = origin.channel() == null ? AppHome.conversationKey(user) : origin.channel();
        Pressed pressed = new Pressed(workspace, channel, SlashCommands.kindOf(channel), user, value, typed);
        ReplyTarget target = origin.responseUrl() != null ? replies.responseUrl(origin.responseUrl(), origin.channel(), user)
                : replies.channel(channel, user, null);
        dispatcher.press(pressed, target, null);
    }

    private void refreshHome(String workspace, String user, Reply notice) {
        try {
            home.publish(workspace, user, notice);
        } catch (RuntimeException e) {
            log.warn("App Home not refreshed: {}", e.getMessage());
        }
    }

    private void openModal(String triggerId, String value, String prompt, Origin origin) {
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
                .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
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
