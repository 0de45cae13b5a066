package org.partnerbot.core.wiring;

import org.partnerbot.core.store.calendar.JdbcCalendarTokens;
import org.partnerbot.core.store.glossary.JdbcGlossary;
import org.partnerbot.core.store.health.JdbcHealthDigests;
import org.partnerbot.core.store.health.JdbcHealthRecords;
import org.partnerbot.core.store.icebreakers.JdbcIcebreakers;
import org.partnerbot.core.store.kudos.JdbcKudos;
import org.partnerbot.core.store.pairing.JdbcPairingRecords;
import org.partnerbot.core.store.pairing.JdbcTeamSettings;
import java.time.Clock;
import org.partnerbot.core.health.HealthDigests;
import org.partnerbot.core.health.HealthRecords;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.schedule.calendar.CalendarTokens;
import org.partnerbot.core.glossary.Glossary;
import org.partnerbot.core.icebreakers.Icebreakers;
import org.partnerbot.core.kudos.KudosRecords;
import org.partnerbot.core.pairing.PairingRecords;
import org.partnerbot.core.pairing.TeamSettingsStore;

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
