package org.partnerbot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cutting a reply into parts: every item once, in order, a cut list titled again, the rest behind "Show more". */
class PagesTest {

    private static Reply agenda(int n) {
        List<Block.Item> items = IntStream.rangeClosed(1, n).mapToObj(i -> Block.Item.of(Line.of("item " + i))).toList();
        return Reply.channel().heading("Agenda").list("Items", items, "none").note("the end").build().continuedBy("agenda");
    }

    @Test
    void slicesFollowEachOtherWithNothingLostOrRepeated() {
        Reply reply = agenda(10);
        assertThat(Pages.size(reply)).isEqualTo(12);
        StringBuilder all = new StringBuilder();
        for (int from = 0; from < 12; from += 5) {
            all.append(Pages.slice(reply, from, Math.min(12, from + 5)).plainText()).append('\n');
        }
        assertThat(all.toString()).contains("Items (continued)").containsOnlyOnce("item 1\n").containsOnlyOnce("item 10")
                .containsOnlyOnce("the end");
        List<String> items = all.toString().lines().filter(l -> l.startsWith("  • ")).toList();
        assertThat(items).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(i -> "  • item " + i).toList());
    }

    @Test
    void fitFindsTheLongestSliceThePlatformAccepts() {
        Reply reply = agenda(100);
        int to = Pages.fit(reply, 3, slice -> slice.plainText().lines().count() <= 20);
        assertThat(Pages.slice(reply, 3, to).plainText().lines().count()).isLessThanOrEqualTo(20);
        assertThat(Pages.slice(reply, 3, to + 1).plainText().lines().count()).isGreaterThan(20);
        assertThat(Pages.fit(reply, 3, slice -> false)).as("at least one part").isEqualTo(4);
    }

    @Test
    void showMoreRunsTheSameReadCommandFromWhereTheMessageStopped() {
        Button more = Pages.showMore(agenda(100), 40, org.partnerbot.core.i18n.PageTexts.of(agenda(100))).orElseThrow();
        ButtonValue value = ButtonValue.decode(ButtonValue.of(more, 7L).encode()).orElseThrow();
        assertThat(value).isEqualTo(new ButtonValue("agenda", 7L, null, 40));
        assertThat(Pages.showMore(Reply.toChannel("done"), 1, org.partnerbot.core.i18n.PageTexts.of(Reply.toChannel("done")))).as("a reply that cannot be produced again").isEmpty();
        assertThat(ButtonValue.decode("c=agenda&o=-1")).as("a negative start").isEmpty();
    }

    @Test
    void theConsoleStillPrintsEverything() {
        assertThat(agenda(500).startingAt(300).plainText()).contains("item 1\n", "item 500");
    }
}
