package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.core.reply.ButtonValue;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.core.testing.Sealed;

/** Replies of any size become Block Kit that Slack accepts: within its limits, buttons unique and callable. */
class BlockKitRendererTest {

    private static final Seal SEAL = org.partnerbot.core.signing.HmacSeal.withKey(new byte[32]);

    @Test
    void aLongListStaysWithinSlacksLimits() {
        List<Block.Item> items = new ArrayList<>();
        IntStream.rangeClosed(1, 120).forEach(i -> items.add(new Block.Item(Line.of(i + ". " + "x".repeat(40)),
                Button.of("Take", "action.take", "action take " + i))));
        Reply reply = Reply.channel().heading("H".repeat(400)).list("Open actions", items, "none").build();

        List<LayoutBlock> blocks = new BlockKitRenderer(SEAL).render(reply, null);

        assertThat(blocks).hasSize(BlockKitRenderer.MESSAGE_BLOCKS);
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).hasSizeLessThanOrEqualTo(150);
        assertThat(blocks.get(blocks.size() - 1)).isInstanceOf(ContextBlock.class);
        Set<String> actionIds = new HashSet<>();
        blocks.stream().filter(b -> b instanceof SectionBlock s && s.getAccessory() != null)
                .map(b -> (ButtonElement) ((SectionBlock) b).getAccessory())
                .forEach(button -> {
                    assertThat(actionIds.add(button.getActionId())).as("unique action id").isTrue();
                    assertThat(button.getActionId()).startsWith("partner.action.take.");
                    assertThat(SEAL.pressed(button.getValue())).isPresent();
                });
    }

    @Test
    void manyPlainLinesShareSectionsOfAtMost3000Characters() {
        List<Block.Item> items = new ArrayList<>();
        IntStream.rangeClosed(1, 200).forEach(i -> items.add(Block.Item.of(Line.of("line " + i + " " + "y".repeat(60)))));
        List<LayoutBlock> blocks = new BlockKitRenderer(SEAL).render(Reply.channel().list("Minutes", items, null).build(), null);
        assertThat(blocks).hasSizeLessThan(BlockKitRenderer.MESSAGE_BLOCKS);
        blocks.stream().filter(b -> b instanceof SectionBlock).map(b -> ((SectionBlock) b).getText().getText())
                .forEach(t -> assertThat(t).hasSizeLessThanOrEqualTo(3000));
    }

    @Test
    void buttonsBoundToAPartnershipCarryItAndPromptsTravelWithThem() {
        Reply reply = Reply.channel().buttons(Button.asking("Add agenda item", "agenda.add", "agenda add", "Agenda item")).build();
        ButtonElement b = (ButtonElement) ((com.slack.api.model.block.ActionsBlock) new BlockKitRenderer(SEAL).render(reply, 42L).get(0))
                .getElements().get(0);
        ButtonValue v = SEAL.pressed(b.getValue()).orElseThrow();
        assertThat(v).isEqualTo(new ButtonValue("agenda add", 42L, "Agenda item"));
        assertThat(SEAL.pressed("create_task")).isEmpty();
        assertThat(SEAL.pressed("{\"p\":1}")).isEmpty();
        assertThat(SEAL.pressed(Sealed.tampered(b.getValue()))).as("an edited value").isEmpty();
        assertThat(Sealed.foreign().pressed(b.getValue())).as("another bot's key").isEmpty();
    }
}
