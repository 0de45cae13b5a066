package org.partnerbot.core.bot;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus of malformed and random command lines, through the grammar and the use cases of the full
 * assembly (every command set registered: schedule, reminders, calendar, team building, health): nothing escapes as
 * an exception, nothing is an unexpected failure, and every addressed line is answered.
 */
class HostileInputTest {

    private static final int CORPUS = 100_000;
    private static final String[] NASTY = {"", " ", "\t", "<!channel>", "<!here>", "<@U123>", "<@", "<@|>", "<@U1|",
            "<https://evil.example|ok>", "@", "@@", "#", "##", "#action", "by", "by 2026-02-30", "by 9999-99-99",
            "by 0000-00-00", "-1", "0", "#0", "2147483648", "99999999999999999999", "'; DROP TABLE actions; --", "%s%n",
            "\u0000", "\u202e", "\uD83D\uDE00", "\uFFFF", ":", "::", "|", "\\", "\"", "Ω≈ç√", "null", "NaN", "\n", "\r\n",
            "x".repeat(300), "<at>Partnerbot</at>", "/partner", "@Partnerbot", "<script>"};

    @Test
    void aHundredThousandHostileLinesNeverBreakTheBot() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "agency add Police");
            driver.say("sam", "duty add Safeguarding lead");
            driver.say("sam", "chair add @priya");
            PartnerBot bot = driver.core().bot();
            assertThat(bot.catalog().knowsVerb("schedule weekly")).isTrue();
            assertThat(bot.catalog().knowsVerb("pairing now")).isTrue();
            assertThat(bot.catalog().knowsVerb("calendar")).isTrue();
            assertThat(bot.catalog().knowsVerb("report")).isTrue();
            List<String> verbs = bot.catalog().all().stream().map(CommandSpec::words).toList();
            Random random = new Random(20261127L);
            String[] speakers = {"sam", "priya", "dan", "<@U9|x>", "eve"};
            int answered = 0;
            for (int i = 0; i < CORPUS; i++) {
                String line = hostileLine(random, verbs);
                if (line.startsWith("setup")) {
                    continue;
                }
                Inbound in = Inbound.command("test", "C-test", "test:C-test",
                        new Speaker(speakers[random.nextInt(speakers.length)], null, null), line);
                Optional<Reply> reply = bot.handle(in);
                if (reply.isPresent()) {
                    answered++;
                    assertThat(reply.get().plainText()).as("line %d: %s", i, line)
                            .doesNotContain("something went wrong");
                } else {
                    assertThat(silentIsAllowed(driver, line)).as("no answer to line %d: %s", i, line).isTrue();
                }
            }
            assertThat(answered).isGreaterThan(CORPUS / 2);
            driver.messenger().drain();
        }
    }

    /** Only MeetBot notes, and chatter while a meeting is live, are recorded without a word back. */
    private static boolean silentIsAllowed(AssemblyDriver driver, String line) {
        String t = CommandText.normalise(line).toLowerCase();
        if (t.startsWith("#info") || t.startsWith("#idea")) {
            return true;
        }
        boolean live = driver.core().transactions().inTransaction(() -> driver.core().partnerships()
                .findByConversation("test", "C-test").flatMap(p -> driver.core().meetings().live(p.id())).isPresent());
        return live && !driver.core().bot().catalog().knowsVerb(t);
    }

    private static String hostileLine(Random random, List<String> verbs) {
        StringBuilder b = new StringBuilder();
        switch (random.nextInt(6)) {
            case 0 -> b.append(verbs.get(random.nextInt(verbs.size())));
            case 1 -> b.append(verbs.get(random.nextInt(verbs.size()))).append(' ').append(NASTY[random.nextInt(NASTY.length)]);
            case 2 -> {
                String v = verbs.get(random.nextInt(verbs.size()));
                b.append(v, 0, random.nextInt(v.length() + 1));
            }
            case 3 -> {
                for (int i = random.nextInt(6); i >= 0; i--) {
                    b.append(NASTY[random.nextInt(NASTY.length)]).append(random.nextBoolean() ? " " : "");
                }
            }
            case 4 -> {
                for (int i = random.nextInt(40); i >= 0; i--) {
                    b.append((char) random.nextInt(0x3000));
                }
            }
            default -> b.append(verbs.get(random.nextInt(verbs.size()))).append(' ')
                    .append(NASTY[random.nextInt(NASTY.length)]).append(' ').append(random.nextInt(2000) - 5)
                    .append(' ').append(NASTY[random.nextInt(NASTY.length)]);
        }
        return b.toString();
    }

    @Test
    void everyLineOfTheCorpusNormalisesToCleanText() {
        Random random = new Random(7L);
        int addressedByPrefix = 0;
        for (int i = 0; i < CORPUS; i++) {
            String raw = hostileLine(random, List.of("agenda add", "#action", "duty claim", "help"));
            String normalised = CommandText.normalise(raw);
            assertThat(normalised).as("line %d", i).isEqualTo(normalised.strip())
                    .doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]")
                    .doesNotStartWithIgnoringCase("/partner ").doesNotStartWithIgnoringCase("@partnerbot ");
            addressedByPrefix += CommandText.isAddressed(raw) ? 1 : 0;
        }
        assertThat(addressedByPrefix).as("the corpus exercises the prefixes").isPositive();
    }
}
