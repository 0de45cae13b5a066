package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

class DurabilityTest {

    private final Clock clock = MutableClock.at("2026-11-27T10:00:00Z");

    @Test
    void everythingIsStillThereAfterARestart(@TempDir Path dir) {
        String url = TestDatabases.fileUrl(dir);
        try (CoreDriver first = new CoreDriver(CoreModule.open(url, "sa", "", clock), "console", "console")) {
            first.say("sam", "setup Northside");
            first.say("sam", "agency add Police");
            first.say("sam", "chair add @priya");
            first.say("dan", "agency join Police");
            first.say("sam", "duty add Safeguarding lead");
            first.say("dan", "agenda add Referral backlog");
            first.say("priya", "#startmeeting Weekly");
            first.say("priya", "#action @dan share the list by 2026-12-04");
            first.say("priya", "#endmeeting");
        }
        try (CoreDriver again = new CoreDriver(CoreModule.open(url, "sa", "", clock), "console", "console")) {
            assertThat(String.join("\n", again.say("dan", "actions mine")))
                    .contains("1. share the list — due 2026-12-04 · dan (Police)");
            assertThat(String.join("\n", again.say("dan", "duties"))).contains("Safeguarding lead");
            assertThat(String.join("\n", again.say("dan", "agenda"))).contains("Referral backlog").contains("[carried over]");
            assertThat(String.join("\n", again.say("dan", "minutes last"))).contains("Minutes: Weekly");
            assertThat(again.say("dan", "#startmeeting")).first().asString().startsWith("(to dan) Only chairs (priya)");
        }
    }

    @Test
    void fileDatabasesCommitWithoutWriteDelay() {
        assertThat(Database.durable("jdbc:h2:file:./data/partnerbot")).isEqualTo("jdbc:h2:file:./data/partnerbot;WRITE_DELAY=0");
        assertThat(Database.durable("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(Database.durable("jdbc:postgresql://localhost/p")).isEqualTo("jdbc:postgresql://localhost/p");
    }

    @Test
    void aCommandThatFailsHalfwayLeavesNothingWritten() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), clock);
        CommandSet failing = () -> List.of(CommandSpec.command("agenda twice").requires("<text>").does("test only", in -> {
            core.agendaItems().add(in.partnershipId(), in.args(), in.asker().id(), null);
            throw new UserError("second step failed");
        }));
        core.addCommands(failing);
        try (CoreDriver bot = new CoreDriver(core, "test", "C1")) {
            bot.say("sam", "setup Northside");
            assertThat(bot.say("sam", "agenda twice Referral backlog")).containsExactly("(to sam) second step failed");
            assertThat(String.join("\n", bot.say("sam", "agenda"))).contains("(0)").doesNotContain("Referral backlog");
        }
    }

    @Test
    void anUnexpectedFailureIsOneLineWithAReferenceAndRollsBack() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), clock);
        core.addCommands(() -> List.of(CommandSpec.command("agenda crash").requires("<text>").does("test only", in -> {
            core.agendaItems().add(in.partnershipId(), in.args(), in.asker().id(), null);
            throw new IllegalStateException("boom");
        })));
        try (CoreDriver bot = new CoreDriver(core, "test", "C1")) {
            bot.say("sam", "setup Northside");
            List<String> answer = bot.say("sam", "agenda crash Referral backlog");
            assertThat(answer).hasSize(1);
            assertThat(answer.get(0)).matches("\\(to sam\\) Sorry, something went wrong on my side \\(ref [0-9a-f]{8}\\)\\. "
                    + "Nothing was changed; please try again\\.").doesNotContain("boom");
            assertThat(String.join("\n", bot.say("sam", "agenda"))).contains("(0)");
        }
    }

    @Test
    void oneWorkspaceNeverSeesAnothersPartnership() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), clock);
        try (CoreDriver a = new CoreDriver(core, "slack:TA", "C1"); CoreDriver b = new CoreDriver(core, "slack:TB", "C1")) {
            a.say("sam", "setup Northside");
            a.say("sam", "agency add Police");
            assertThat(b.say("sam", "agencies")).first().asString().contains("not a partnership yet");
            b.say("eve", "setup Southside");
            assertThat(String.join("\n", b.say("eve", "agencies"))).contains("Southside (0)").doesNotContain("Police");
        }
    }
}
