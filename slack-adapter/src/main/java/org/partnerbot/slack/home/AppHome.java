package org.partnerbot.slack.home;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.slack.identity.UserDirectory;
import org.partnerbot.slack.outbound.ReplyTarget;
import org.partnerbot.slack.outbound.SlackCalls;

/**
 * The App Home tab. It holds no rules of its own: for each partnership the core says the person may see now (their
 * membership checked with Slack) it shows what the core answers to {@code actions mine}, {@code duties} and
 * {@code next} (when the schedule is installed), with every button bound to that partnership (and sealed) so a press
 * works from outside its channel.
 */
public final class AppHome {

    /** What each partnership section shows, in order; commands the core does not know yet are skipped. */
    static final List<String> SECTIONS = List.of("actions mine", "duties", "next");

    private final PartnerBot bot;
    private final UserDirectory directory;
    private final SlackCalls calls;

    public AppHome(PartnerBot bot, UserDirectory directory, SlackCalls calls) {
        this.bot = bot;
        this.directory = directory;
        this.calls = calls;
    }

    /** The conversation key of a person's App Home: presses there are direct, never channel chatter. */
    public static String conversationKey(String userId) {
        return "home:" + userId;
    }

    /** Builds and publishes the tab; {@code notice} (may be null) is the answer to a button pressed in it. */
    public void publish(String workspace, String userId, Reply notice) {
        calls.publishHome(userId, view(workspace, userId, notice));
    }

    public View view(String workspace, String userId, Reply notice) {
        BlockKitRenderer renderer = new BlockKitRenderer(bot.seal());
        List<LayoutBlock> blocks = new ArrayList<>();
        if (notice != null) {
            blocks.addAll(renderer.blocks(notice, null));
            blocks.add(DividerBlock.builder().build());
        }
        Speaker speaker = directory.speaker(userId);
        Texts t = bot.readerOf(workspace, speaker);
        List<Partnership> mine = bot.partnershipsOf(workspace, userId);
        if (mine.isEmpty()) {
            blocks.addAll(renderer.blocks(Reply.asker()
                    .text(t.t("slack.home.noPartnership"))
                    .note(t.line("slack.home.howToStart", Line.builder().code(t.t("slack.command.help")).build(),
                            Line.builder().code(t.t("slack.command.setup")).build()))
                    .build(), null));
        }
        for (Partnership p : mine) {
            blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().text(cut(p.name(), 150)).build()).build());
            if (p.hasPurpose()) {
                blocks.addAll(renderer.blocks(new Reply(Audience.ASKER,
                        List.of(new Block.Note(Line.of(t.t("record.minutes.purpose", p.purpose()))))), null));
            }
            for (String command : SECTIONS) {
                if (bot.catalog().match(command).isEmpty()) {
                    continue;
                }
                Optional<Reply> answer = bot.handle(new Inbound(workspace, conversationKey(userId), null,
                        ConversationKind.DIRECT, speaker, command, true, p.id(), null));
                answer.ifPresent(r -> blocks.addAll(renderer.blocks(r, p.id())));
            }
            blocks.add(DividerBlock.builder().build());
        }
        return View.builder().type("home").blocks(BlockKitRenderer.cap(blocks, BlockKitRenderer.VIEW_BLOCKS, t)).build();
    }

    /**
     * Where the answer to a press in the tab goes: what the partnership should see is posted in its channel, and
     * every answer is shown at the top of the refreshed tab.
     */
    public ReplyTarget target(String workspace, String userId, Long partnershipId) {
        return reply -> {
            if (reply.audience() == Audience.CHANNEL && partnershipId != null) {
                // A guest's press reaches the host's partnership: its shared channel, seen through the guest's installation.
                bot.partnership(workspace, userId, partnershipId).map(Partnership::conversationRef)
                        .ifPresent(channel -> calls.postMessage(channel, null,
                                new BlockKitRenderer(bot.seal()).render(reply, null), BlockKitRenderer.fallbackText(reply)));
            }
        };
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
