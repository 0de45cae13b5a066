package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.CardPlainText;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/** The schedule issue's reminders, fired as Quartz fires them, reach Teams through the stored reference. */
class ScheduledReminderTest {

    @TempDir
    Path dir;

    /** One run of the app: core, scheduling (its messenger is this run's Teams messenger) and the endpoint. */
    private record Run(CoreModule core, ScheduleModule scheduling, TeamsHarness teams) implements AutoCloseable {
        static Run start(Path dir, MutableClock clock) {
            CoreModule core = CoreModule.open(TestDatabases.fileUrl(dir), "sa", "", clock);
            AtomicReference<TeamsHarness> teams = new AtomicReference<>();
            Messenger viaTeams = (destination, reply) -> teams.get().teams().messenger().send(destination, reply);
            ScheduleModule scheduling = ScheduleModule.install(core.sendThrough(viaTeams));
            teams.set(TeamsHarness.anonymous(core));
            return new Run(core, scheduling, teams.get());
        }

        @Override
        public void close() {
            teams.close();
            scheduling.close();
            core.close();
        }
    }

    @Test
    void theAgendaCallReachesTheChannelAfterARestart() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        try (FakeConnector connector = new FakeConnector()) {
            try (Run first = Run.start(dir, clock)) {
                for (String line : List.of("setup Northside", "schedule weekly tue 10:00 Europe/London 60m",
                        "duty add Information sharing officer", "agenda add Referral backlog from schools")) {
                    assertThat(first.teams().post(Activities.channelMessage(connector.serviceUrl(), "sam", "1", line, true))
                            .status()).isIn(200, 202);
                }
            }
            int before = connector.count();

            // The app restarts; the agenda call for Tuesday 1 December fires 24 hours before the meeting.
            clock.set(Instant.parse("2026-11-30T10:00:00Z"));
            try (Run restarted = Run.start(dir, clock)) {
                long partnership = restarted.core().transactions().inTransaction(() -> restarted.core().partnerships()
                        .findByConversation(Activities.WORKSPACE, Activities.CHANNEL)).orElseThrow().id();
                restarted.scheduling().wakeups().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
                restarted.scheduling().wakeups().deliver();
            }

            List<FakeConnector.Posted> sent = connector.since(before);
            assertThat(sent).isNotEmpty();
            assertThat(sent).allSatisfy(p -> assertThat(p.conversationId())
                    .as("a new post in the channel").isEqualTo(Activities.CHANNEL));
            String text = String.join("\n", CardPlainText.read(CardPlainText.card(sent.get(0).activity())).lines());
            assertThat(text).contains("Referral backlog from schools");
        }
    }
}
