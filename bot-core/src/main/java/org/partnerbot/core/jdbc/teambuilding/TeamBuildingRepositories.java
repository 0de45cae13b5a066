package org.partnerbot.core.jdbc.teambuilding;

import java.time.Clock;
import org.partnerbot.core.health.HealthDigests;
import org.partnerbot.core.health.HealthRecords;
import org.partnerbot.core.jdbc.Jdbc;
import org.partnerbot.core.teambuilding.CalendarTokens;
import org.partnerbot.core.teambuilding.Glossary;
import org.partnerbot.core.teambuilding.Icebreakers;
import org.partnerbot.core.teambuilding.KudosRecords;
import org.partnerbot.core.teambuilding.PairingRecords;
import org.partnerbot.core.teambuilding.TeamSettingsStore;

/** The JDBC implementations of the team-building and health ports; they join the caller's transaction. */
public final class TeamBuildingRepositories {

    private final Jdbc jdbc;
    private final Clock clock;

    public TeamBuildingRepositories(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public TeamSettingsStore settings() {
        return new JdbcTeamSettings(jdbc, clock);
    }

    public Icebreakers icebreakers() {
        return new JdbcIcebreakers(jdbc, clock);
    }

    public PairingRecords pairing() {
        return new JdbcPairingRecords(jdbc, clock);
    }

    public KudosRecords kudos() {
        return new JdbcKudos(jdbc, clock);
    }

    public Glossary glossary() {
        return new JdbcGlossary(jdbc, clock);
    }

    public CalendarTokens calendarTokens() {
        return new JdbcCalendarTokens(jdbc, clock);
    }

    public HealthDigests healthDigests() {
        return new JdbcHealthDigests(jdbc, clock);
    }

    public HealthRecords health() {
        return new JdbcHealthRecords(jdbc);
    }
}
