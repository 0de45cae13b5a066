package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.reminders.RecordingMessenger;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;

/**
 * A partnership whose language policy is bilingual gets its scheduled agenda call, fired by real Quartz through the
 * outbox, in Welsh first and then English, with one set of buttons under both texts.
 */
class BilingualRemindersTest {

    private static final QuartzTimers.Settings SETTINGS = new QuartzTimers.Settings("partnerbot-test",
            Duration.ofMillis(500), "0 0 0 1 1 ? 2099", Duration.ofSeconds(1), 2);

    @Test
    void theAgendaCallOfABilingualPartnershipIsWelshThenEnglishWithOneSetOfButtons(@TempDir Path dir) throws Exception {
        CoreModule core = new CoreModule(Database.open(TestDatabases.fileUrl(dir), "sa", ""), Clock.systemUTC());
        RecordingMessenger messenger = new RecordingMessenger();
        ScheduleModule scheduling = ScheduleModule.install(core.sendThrough(messenger));
        try {
            CoreDriver driver = new CoreDriver(core, "test", "C-test");
            driver.say("sam", "setup Northside");
            driver.say("sam", "language policy bilingual");
            driver.say("sam", "agenda add Referral backlog from schools");
            driver.say("sam", "duty add Safeguarding lead");
            long id = core.transactions().inTransaction(() -> core.partnerships().findByConversation("test", "C-test"))
                    .orElseThrow().id();
            Instant call = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime meeting = call.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC"));
            core.transactions().run(() -> scheduling.series().save(MeetingSeries.weekly(id, meeting.getDayOfWeek(),
                    meeting.toLocalTime(), ZoneId.of("UTC"), 60).withAgendaLead(1)));

            scheduling.start(SETTINGS);
            Instant deadline = Instant.now().plusSeconds(20);
            while (messenger.sent().stream().noneMatch(s -> s.text().contains("Agenda call"))) {
                assertThat(Instant.now()).as("the agenda call went out").isBefore(deadline);
                Thread.sleep(100);
            }

            RecordingMessenger.Sent sent = messenger.sent().stream().filter(s -> s.text().contains("Agenda call")).findFirst()
                    .orElseThrow();
            String text = sent.text();
            assertThat(text).contains("Galwad agenda: Northside", "Agenda call: Northside", "Referral backlog from schools",
                    "Dyletswyddau HEB BERCHENNOG", "UNASSIGNED duties");
            assertThat(text.indexOf("Galwad agenda")).as("Welsh first").isLessThan(text.indexOf("Agenda call"));
            List<Button> buttons = sent.reply().blocks().stream().flatMap(b -> b instanceof Block.Buttons bs
                    ? bs.buttons().stream()
                    : b instanceof Block.ListBlock l ? l.items().stream().map(Block.Item::button).filter(Objects::nonNull)
                    : java.util.stream.Stream.empty()).toList();
            assertThat(buttons).extracting(Button::label).as("one set of actions, each in both languages")
                    .containsExactlyInAnyOrder("Ychwanegu eitem agenda / Add agenda item", "Hawlio / Claim");
            assertThat(sent.reply().blocks().stream().filter(Block.Buttons.class::isInstance)).hasSize(1);
            assertThat(sent.reply().blocks().get(sent.reply().blocks().size() - 1)).as("the buttons follow both texts")
                    .isInstanceOf(Block.Buttons.class);
        } finally {
            scheduling.close();
            core.close();
        }
    }
}
