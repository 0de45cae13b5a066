package org.partnerbot.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.testing.ConversationDriver;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.core.wiring.TeamBuildingModule;

/**
 * The core with team building installed, as a conversation: each line said is a minute after the one
 * before (so "the last 4 meetings" are distinct in time), and direct messages sent while handling a line
 * are shown after the reply, prefixed {@code (to NAME) } as the console prints them.
 */
public final class TeamBuildingDriver implements ConversationDriver, AutoCloseable {

    private final MutableClock clock;
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final CoreModule core;
    private final ScheduleModule scheduling;
    private final TeamBuildingModule teamBuilding;
    private final CoreDriver driver;

    public TeamBuildingDriver(String start, long seed) {
        this(MutableClock.at(start), seed, null);
    }

    /** The same on a fresh database at {@code jdbcUrl} (e.g. a PostgreSQL one), as user {@code postgres}. */
    public static TeamBuildingDriver on(String jdbcUrl, String start, long seed) {
        return new TeamBuildingDriver(MutableClock.at(start), seed, jdbcUrl);
    }

    private TeamBuildingDriver(MutableClock clock, long seed, String jdbcUrl) {
        this.clock = clock;
        this.core = jdbcUrl == null ? new CoreModule(TestDatabases.inMemory(), clock)
                : CoreModule.open(jdbcUrl, "postgres", "", clock);
        long[] next = {seed};
        // The schedule's commands too (Quartz is not started): the calendar serves the series they store.
        this.scheduling = ScheduleModule.install(core, messenger);
        this.teamBuilding = TeamBuildingModule.install(core, messenger, () -> next[0]++, () -> "http://127.0.0.1:3978")
                .runOn(scheduling);
        this.driver = new CoreDriver(core, "test", "C-test");
    }

    @Override
    public List<String> say(String speaker, String text) {
        clock.advance(Duration.ofMinutes(1));
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
        return core;
    }

    public ScheduleModule scheduling() {
        return scheduling;
    }

    public TeamBuildingModule teamBuilding() {
        return teamBuilding;
    }

    @Override
    public void close() {
        driver.close();
    }
}
