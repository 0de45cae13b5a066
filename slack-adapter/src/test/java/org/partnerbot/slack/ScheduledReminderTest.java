package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** The schedule issue's reminders, fired by the scheduler, reach the partnership's Slack channel. */
class ScheduledReminderTest {

    @Test
    void anAgendaCallArrivesInTheChannelEvenAfterA429() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            ScheduleModule scheduling = bed.schedule();
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside Children's Partnership");
            driver.say("sam", "schedule weekly tue 10:00 Europe/London 60m");
            driver.say("dan", "agenda add Referral backlog from schools");
            long id = bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                    .findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().id();

            // Monday 10:00 London: the default agenda call, 24 h before Tuesday's meeting.
            Instant agendaCall = Instant.parse("2026-11-30T10:00:00Z");
            bed.clock.set(agendaCall);
            int before = bed.api.calls("chat.postMessage").size();
            bed.api.failNext("chat.postMessage", 429, "2", "{\"ok\":false,\"error\":\"ratelimited\"}");
            scheduling.reminders().weekly(id, MessageKind.AGENDA_CALL, agendaCall);

            List<FakeSlackApi.Call> posts = bed.api.calls("chat.postMessage").subList(before, bed.api.calls("chat.postMessage").size());
            assertThat(posts).hasSize(2);
            assertThat(bed.pauses).containsExactly(Duration.ofSeconds(2));
            assertThat(posts.get(1).param("channel")).isEqualTo(SlackTestbed.CHANNEL);
            assertThat(String.join("\n", SlackText.lines(posts.get(1).blocks()))).contains("Agenda call")
                    .contains("Referral backlog from schools");

            scheduling.reminders().weekly(id, MessageKind.AGENDA_CALL, agendaCall);
            assertThat(bed.api.calls("chat.postMessage")).as("the same occurrence is sent once").hasSize(before + 2);
        }
    }

    @Test
    void theHomeTabShowsTheNextMeetingInEachReadersOwnTime() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside Children's Partnership");
            driver.say("sam", "schedule weekly tue 10:00 Europe/London 60m");
            bed.signed(bed.event("event.app_home_opened.json", FakeSlackApi.TEAM, "EvHOMENEXT",
                    java.util.Map.of("user", "USAM")), "application/json", java.util.Map.of());
            bed.settle();
            FakeSlackApi.Call home = bed.api.calls("views.publish").get(0);
            assertThat(home.mrkdwn()).contains("Next meeting of Northside Children's Partnership: <!date^1796119200^");
            assertThat(String.join("\n", SlackText.lines(home.blocks()))).contains("Tue 1 Dec 2026 10:00 GMT");
        }
    }
}
