package org.partnerbot.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** Minutes as an accessible HTML document: structure for screen readers, the marking, and text that stays text. */
class HtmlRendererTest {

    private final Reply minutes = Reply.asker().heading("Minutes: <b>Weekly</b>")
            .line(Line.builder().text("Decided: ").strong("pilot & review").build())
            .list("Attendance by agency", List.of(Block.Item.of(Line.of("Police: present — pat")),
                    Block.Item.of(Line.of("<script>alert('x')</script> <!channel> <https://evil|ok>"))), null)
            .heading("Actions (0)")
            .note("Status: DRAFT")
            .build();

    @Test
    void headingsTablesWithHeaderCellsAndTheMarkingAtHeadAndFoot() {
        String html = HtmlRenderer.render(minutes, "Minutes: Weekly", "OFFICIAL-SENSITIVE");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<h1>Minutes: &lt;b&gt;Weekly&lt;/b&gt;</h1>",
                "<h2>Actions (0)</h2>", "<caption>Attendance by agency</caption>", "<th scope=\"col\">", "<th scope=\"row\">1</th>",
                "<strong>pilot &amp; review</strong>");
        assertThat(html.indexOf("OFFICIAL-SENSITIVE")).isLessThan(html.indexOf("<h1>"));
        assertThat(html.lastIndexOf("OFFICIAL-SENSITIVE")).isGreaterThan(html.indexOf("Status: DRAFT"));
    }

    @Test
    void textPeopleWroteIsNeverMarkupAndNothingRuns() {
        String html = HtmlRenderer.render(minutes, "t", null);
        assertThat(html).doesNotContain("<script", "<https://evil").contains("&lt;script&gt;", "&lt;!channel&gt;")
                .doesNotContain("class=\"classification\"");
    }
}
