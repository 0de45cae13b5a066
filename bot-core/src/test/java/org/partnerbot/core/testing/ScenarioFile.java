package org.partnerbot.core.testing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Every conversation scenario, with the moment its clock starts and the seed of its pairing rounds. Each driver
 * (core, console, Slack, Teams) runs every one of them on the full assembly.
 */
public enum ScenarioFile {
    PARTNERSHIP_CYCLE("partnership-cycle.txt", "2026-11-27T10:00:00Z", 1, Duration.ZERO),
    EVERY_COMMAND("every-command.txt", "2026-11-27T10:00:00Z", 1, Duration.ZERO),
    SCHEDULE("schedule.txt", "2026-11-27T10:00:00Z", 1, Duration.ZERO),
    TEAM_BUILDING("teambuilding.txt", "2026-11-27T09:00:00Z", 42, Duration.ofMinutes(1)),
    HEALTH_REPORT("health-report.txt", "2026-11-27T08:00:00Z", 1, Duration.ofMinutes(1)),
    CALENDAR("calendar.txt", "2026-11-27T09:00:00Z", 1, Duration.ofMinutes(1)),
    WHO_MAY_SEE_WHAT("who-may-see-what.txt", "2026-11-27T09:00:00Z", 1, Duration.ofMinutes(1)),
    OFFICIAL_RECORD("official-record.txt", "2026-11-27T09:00:00Z", 1, Duration.ofMinutes(1)),
    LANGUAGES("languages.txt", "2026-11-27T09:00:00Z", 1, Duration.ofMinutes(1)),
    BILINGUAL_POLICY("bilingual-policy.txt", "2026-11-27T09:00:00Z", 1, Duration.ofMinutes(1));

    private final String file;
    private final String start;
    private final long seed;
    private final Duration tick;

    /** @param tick how much time passes before each line (the schedule's "in 4 days" needs none; "the last 4 meetings" do) */
    ScenarioFile(String file, String start, long seed, Duration tick) {
        this.file = file;
        this.start = start;
        this.seed = seed;
        this.tick = tick;
    }

    /**
     * Whether the scenario is also said by Welsh readers ({@link BothLanguages}). The two that switch languages
     * themselves are not: their lines ask which language answers, so said by Welsh readers in a Welsh channel they
     * would mean something else.
     */
    public boolean inWelshToo() {
        return this != LANGUAGES && this != BILINGUAL_POLICY;
    }

    public Duration tick() {
        return tick;
    }

    /** The scenario's clock, at its start. */
    public MutableClock clock() {
        return MutableClock.at(start);
    }

    public String file() {
        return file;
    }

    public String start() {
        return start;
    }

    public long seed() {
        return seed;
    }

    /** The whole core as the launcher assembles it, on a fresh in-memory database, at this scenario's pairing seed. */
    public org.partnerbot.core.wiring.Assembly assembly(MutableClock clock, org.partnerbot.core.i18n.Messages messages) {
        return org.partnerbot.core.wiring.Assembly.on(TestDatabases.inMemory(), clock, seeds(seed),
                () -> org.partnerbot.core.wiring.ScheduleModule.DEFAULT_BASE_URL, messages);
    }

    public Scenario scenario() {
        return Scenario.load(file);
    }

    /** Seeds for pairing rounds that count up from {@code first}, so the pairs of a scenario are always the same. */
    public static LongSupplier seeds(long first) {
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(first);
        return next::getAndIncrement;
    }
}
