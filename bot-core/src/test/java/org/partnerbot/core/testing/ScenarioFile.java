package org.partnerbot.core.testing;

import java.util.function.LongSupplier;

/**
 * Every conversation scenario, with the moment its clock starts and the seed of its pairing rounds. Each driver
 * (core, console, Slack, Teams) runs every one of them on the full assembly, one minute per line said.
 */
public enum ScenarioFile {
    PARTNERSHIP_CYCLE("partnership-cycle.txt", "2026-11-27T10:00:00Z", 1),
    EVERY_COMMAND("every-command.txt", "2026-11-27T10:00:00Z", 1),
    SCHEDULE("schedule.txt", "2026-11-27T10:00:00Z", 1),
    TEAM_BUILDING("teambuilding.txt", "2026-11-27T09:00:00Z", 42),
    HEALTH_REPORT("health-report.txt", "2026-11-27T08:00:00Z", 1),
    CALENDAR("calendar.txt", "2026-11-27T09:00:00Z", 1);

    private final String file;
    private final String start;
    private final long seed;

    ScenarioFile(String file, String start, long seed) {
        this.file = file;
        this.start = start;
        this.seed = seed;
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

    public Scenario scenario() {
        return Scenario.load(file);
    }

    /** Seeds for pairing rounds that count up from {@code first}, so the pairs of a scenario are always the same. */
    public static LongSupplier seeds(long first) {
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(first);
        return next::getAndIncrement;
    }
}
