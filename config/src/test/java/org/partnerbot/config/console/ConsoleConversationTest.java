package org.partnerbot.config.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerbot.config.Main;
import org.partnerbot.config.Settings;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.testing.BothLanguages;
import org.partnerbot.core.testing.ConversationDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TickingDriver;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;

class ConsoleConversationTest {

    @Test
    void theMeetingCycleRunsInTheConsole() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))) {
            Scenario.load("partnership-cycle.txt").runAgainst(new ConsoleDriver(core.bot()));
        }
    }

    @Test
    void everyCommandRunsInTheConsole() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))) {
            Scenario.load("every-command.txt").runAgainst(new ConsoleDriver(core.bot()));
        }
    }

    /**
     * Every scenario file through the console, on the full assembly: what the outbox sends prints as it goes. Beside
     * it, the same lines go to a console started with {@code PARTNERBOT_LANGUAGE=cy} whose channel reads Welsh, which
     * must mean the same ({@link BothLanguages}).
     */
    @ParameterizedTest
    @EnumSource(ScenarioFile.class)
    void everyScenarioRunsInTheConsoleOnTheFullAssemblyInEnglishAndWelsh(ScenarioFile scenario) throws Exception {
        BothLanguages.run(scenario, (messages, welsh) -> {
            Console console = new Console(scenario, messages, welsh ? "cy" : null);
            return new BothLanguages.Opened(console.driver, console.assembly.core(), console);
        });
    }

    /** A console on the full assembly at the scenario's start, time passing before each line as the scenario says. */
    private static final class Console implements AutoCloseable {

        final Assembly assembly;
        final ConversationDriver driver;

        Console(ScenarioFile scenario, Messages messages, String language) {
            MutableClock clock = scenario.clock();
            assembly = scenario.assembly(clock, messages);
            ConsoleDriver console = new ConsoleDriver(assembly.bot(), language);
            assembly.core().sendThrough(console.output());
            assembly.core().dispatcher().sendSoonOn(Runnable::run);
            driver = new TickingDriver(console, clock, scenario.tick());
        }

        @Override
        public void close() {
            assembly.close();
        }
    }

    @Test
    void aPipedScriptRunsAndARestartKeepsEverything(@TempDir Path dir) {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        String first = run(settings, """
                sam: setup Northside Children's Partnership
                sam: agency add Police Public Protection
                dan: agency join Police Public Protection
                sam: chair add @priya
                priya: #startmeeting Weekly
                priya: #action @dan share the referral list by 2026-12-04
                dan: we have 14 open referrals
                priya: #endmeeting
                """);
        assertThat(first).startsWith("bot> Northside Children's Partnership is set up in this conversation\n")
                .contains("bot> Action 1. share the referral list — due 2026-12-04 · owner dan (Police Public Protection)")
                .contains("bot>   • dan (Police Public Protection): 1");
        assertThat(first.lines()).allMatch(l -> l.startsWith("bot> "));

        String second = run(settings, "dan: actions mine\nthis line has no speaker\n");
        assertThat(second).contains("bot> (to dan)   • 1. share the referral list — due 2026-12-04")
                .contains("bot> (to you) I don't know `this`.");
    }

    @Test
    void linesWithoutANameComeFromYou() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))) {
            ConsoleDriver driver = new ConsoleDriver(core.bot());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ConsoleMode console = new ConsoleMode(core.bot(), new ConsoleOutput(new PrintStream(out, true, StandardCharsets.UTF_8)));
            console.say("setup Solo");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("bot> First admin: you.");
            assertThat(driver.say("you", "agencies")).isEqualTo(List.of("(to you) Agencies in Solo (0)",
                    "(to you)   No agencies yet. An admin adds them with `agency add <name>`.",
                    "(to you)   No agency yet: you — use `agency join <name>`."));
        }
    }

    private static String run(Settings settings, String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("--console"), settings, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
