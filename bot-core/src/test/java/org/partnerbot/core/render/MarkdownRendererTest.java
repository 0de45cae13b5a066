package org.partnerbot.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

class MarkdownRendererTest {

    @Test
    void headingsListsAndNotesBecomeMarkdownAndButtonsAreDropped() {
        Reply reply = Reply.asker().heading("Minutes: Weekly").text("Northside")
                .list("Decisions (1)", List.of(Block.Item.of(Line.builder().strong("Council").text(" triages").build())), null)
                .heading("Actions (0)").note("Purpose: safety").buttons(Button.of("Take", "action.take", "action take 1"))
                .build();
        assertThat(MarkdownRenderer.render(reply)).isEqualTo("""
                # Minutes: Weekly

                Northside

                **Decisions (1)**

                - **Council** triages

                ## Actions (0)

                > Purpose: safety
                """);
    }

    @Test
    void whatPeopleWroteCannotTurnIntoMarkup() {
        Reply reply = Reply.asker().text("*urgent* see [link](http://x) #1 <b>").build();
        assertThat(MarkdownRenderer.render(reply)).isEqualTo("\\*urgent\\* see \\[link\\](http://x) \\#1 \\<b\\>\n");
    }
}
