package org.partnerbot.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.DashboardModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.core.wiring.TeamBuildingModule;

/**
 * The whole core as the launcher assembles it (schedule, reminders, calendar, team building, health), as a
 * conversation: each line said is a minute after the one before (so "the last 4 meetings" are distinct in time; a
 * scenario may choose otherwise), and
 * what the outbox sent while handling a line (pairing messages, welcomes) is shown after the reply, direct messages
 * prefixed {@code (to NAME) } as the console prints them. Quartz is not started.
 */
public final class AssemblyDriver implements ConversationDriver, AutoCloseable {

    private final MutableClock clock;
    private final Duration tick;
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Assembly assembly;
    private final CoreDriver driver;

    public AssemblyDriver(String start, long seed) {
        this(MutableClock.at(start), seed, null, Duration.ofMinutes(1));
    }

    /**
     * The scenario's own clock, seed and time between lines, writing with {@code messages}, every speaker's platform
     * saying {@code locale} ({@code cy-GB} for a Welsh run, null for none).
     */
    public static AssemblyDriver reading(ScenarioFile scenario, Messages messages, String locale) {
        return new AssemblyDriver(scenario.clock(), ScenarioFile.seeds(scenario.seed()), null, scenario.tick(), messages,
                locale);
    }

    /** The scenario's own clock, seed and time between lines. */
    public AssemblyDriver(ScenarioFile scenario) {
        this(scenario.clock(), scenario.seed(), null, scenario.tick());
    }

    /** The same on a fresh database at {@code jdbcUrl} (e.g. a PostgreSQL one), as user {@code postgres}. */
    public static AssemblyDriver on(String jdbcUrl, String start, long seed) {
        return new AssemblyDriver(MutableClock.at(start), seed, jdbcUrl, Duration.ofMinutes(1));
    }

    /** With the pairing rounds' seeds from {@code seeds} (a test that must hold a round at a chosen moment). */
    public static AssemblyDriver withSeeds(String start, java.util.function.LongSupplier seeds) {
        return new AssemblyDriver(MutableClock.at(start), seeds, null, Duration.ofMinutes(1));
    }

    private AssemblyDriver(MutableClock clock, long seed, String jdbcUrl, Duration tick) {
        this(clock, ScenarioFile.seeds(seed), jdbcUrl, tick);
    }

    private AssemblyDriver(MutableClock clock, java.util.function.LongSupplier seeds, String jdbcUrl, Duration tick) {
        this(clock, seeds, jdbcUrl, tick, IcuMessages.standard(), null);
    }

    private AssemblyDriver(MutableClock clock, java.util.function.LongSupplier seeds, String jdbcUrl, Duration tick,
                           Messages messages, String locale) {
        this.clock = clock;
        this.tick = tick;
        this.assembly = Assembly.on(jdbcUrl == null ? TestDatabases.inMemory()
                : org.partnerbot.core.store.Database.open(jdbcUrl, "postgres", ""), clock, seeds,
                () -> ScheduleModule.DEFAULT_BASE_URL, messages);
        assembly.core().sendThrough(messenger);
        assembly.core().dispatcher().sendSoonOn(Runnable::run);
        this.driver = new CoreDriver(assembly.core(), "test", "C-test", locale);
    }

    @Override
    public List<String> say(String speaker, String text) {
        clock.advance(tick);
        List<String> out = new ArrayList<>(driver.say(speaker, text));
        out.addAll(messenger.drain());
        return out;
    }

    public MutableClock clock() {
        return clock;
    }

    public RecordingMessenger messenger() {
        return messenger;
    }

    public CoreModule core() {
        return assembly.core();
    }

    public ScheduleModule scheduling() {
        return assembly.schedule();
    }

    public TeamBuildingModule teamBuilding() {
        return assembly.teamBuilding();
    }

    public DashboardModule dashboard() {
        return assembly.dashboard();
    }

    /** Another conversation of the same workspace (another partnership's channel), on the same clock and core. */
    public ConversationDriver in(String conversation) {
        CoreDriver other = new CoreDriver(assembly.core(), "test", conversation);
        return (speaker, text) -> {
            clock.advance(tick);
            List<String> out = new ArrayList<>(other.say(speaker, text));
            out.addAll(messenger.drain());
            return out;
        };
    }

    @Override
    public void close() {
        assembly.close();
    }
}
