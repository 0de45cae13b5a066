package org.partnerbot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.core.reply.Span;
import org.partnerbot.teams.support.CardPlainText;

class CardRendererTest {

    private static final Seal SEAL = org.partnerbot.core.signing.HmacSeal.withKey(new byte[32]);

    @Test
    void markdownAndMentionSyntaxInUserTextStaysText() {
        assertThat(CardText.escape("[x](https://evil.example) **b** _i_ `c` <at>Boss</at>"))
                .isEqualTo("\\[x\\](https://evil.example) \\*\\*b\\*\\* \\_i\\_ \\`c\\` ‹at›Boss‹/at›");
        assertThat(CardText.escape("- not a list\n1. not numbered")).isEqualTo("\\- not a list\n1\\. not numbered");
        assertThat(CardText.escape("{{DATE(2026-01-01T00:00:00Z)}}")).doesNotContain("{{");
        assertThat(CardText.escape("Council & NHS — 14 > 10")).isEqualTo("Council & NHS — 14 › 10");
    }

    @Test
    void codeReadsAsWrittenBecauseEscapesDoNotWorkInsideIt() {
        Reply help = Reply.channel().line(Line.builder().code("minutes export [last|<YYYY-MM-DD>]")
                .text(" — the minutes as a Markdown file").build()).build();
        Reply hostile = Reply.channel().line(Line.builder().code("a`b <at>Boss</at> {{DATE(2026-01-01T00:00:00Z)}} *x* \\").build())
                .build();

        assertThat(CardPlainText.text(CardRenderer.render(help, null, SEAL).path("body").get(0)))
                .isEqualTo("`minutes export [last|<YYYY-MM-DD>]` — the minutes as a Markdown file");
        assertThat(CardRenderer.render(Reply.toChannel("Tip: use `agency join <name>` (or `[x](https://evil)`), `half"), null, SEAL)
                .path("body").get(0).path("text").asText()).as("backticks in text make code, as in Slack; a lone one stays text")
                .isEqualTo("Tip: use `agency join ‹name›` (or `[x](https://evil)`), \\`half");
        String code = CardRenderer.render(hostile, null, SEAL).path("body").get(0).path("text").asText();
        assertThat(code).as("one code span; no mention, no date function, nothing escaped with a visible backslash")
                .isEqualTo("`a'b ‹at›Boss‹/at› {\u200B{DATE(2026-01-01T00:00:00Z)}} *x* \\`");
    }

    @Test
    void aReplyBecomesAnAdaptiveCardWithNativeMentionsTimesAndButtons() {
        Reply reply = Reply.channel()
                .heading("Duties of Northside")
                .line(Line.builder().text("Next meeting ").time(Instant.parse("2026-12-01T10:00:00Z"),
                        ZoneId.of("Europe/London"), Span.TimeStyle.DATE_TIME).build())
                .list("UNASSIGNED", List.of(new Block.Item(Line.builder().strong("Safeguarding lead").text(" held by ")
                        .person("aad-1", "Priya *P*").build(), Button.of("Claim", "duty.claim", "duty claim Safeguarding lead"))),
                        "none")
                .buttons(Button.asking("Add agenda item", "agenda.add", "agenda add", "Agenda item").inPartnership(7))
                .build();

        JsonNode card = CardRenderer.render(reply, null, SEAL);

        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.toString()).contains("{{DATE(2026-12-01T10:00:00Z, SHORT)}} {{TIME(2026-12-01T10:00:00Z)}}")
                .contains("**Safeguarding lead** held by <at>Priya P</at>");
        JsonNode mention = card.path("msteams").path("entities").get(0);
        assertThat(mention.path("text").asText()).isEqualTo("<at>Priya P</at>");
        assertThat(mention.path("mentioned").path("id").asText()).isEqualTo("aad-1");
        JsonNode claim = card.path("body").get(2).path("items").get(1).path("columns").get(1).path("items").get(0)
                .path("actions").get(0);
        assertThat(claim.path("type").asText()).isEqualTo("Action.Submit");
        assertThat(SEAL.pressed(claim.path("data").path(CardActions.VALUE).asText()).orElseThrow().command())
                .isEqualTo("duty claim Safeguarding lead");
        assertThat(claim.path("data").has(CardActions.COMMAND)).as("no plain command to edit").isFalse();
        JsonNode ask = card.path("body").get(3).path("actions").get(0);
        assertThat(ask.path("type").asText()).isEqualTo("Action.ShowCard");
        assertThat(ask.path("card").path("body").get(0).path("id").asText()).isEqualTo(CardActions.TEXT);
        assertThat(SEAL.pressed(ask.path("card").path("actions").get(0).path("data").path(CardActions.VALUE).asText())
                .orElseThrow().partnershipId()).isEqualTo(7);
    }

    @Test
    void aReplyForOnePersonInASharedConversationSaysWhoItIsFor() {
        JsonNode card = CardRenderer.render(Reply.toAsker("Only admins can run `setup`."),
                new CardRenderer.Asker("aad-dan", "dan"), SEAL);

        assertThat(card.path("body").get(0).path("id").asText()).isEqualTo(CardRenderer.FOR_ID);
        assertThat(card.path("body").get(0).path("text").asText()).isEqualTo("For <at>dan</at>");
    }
}
