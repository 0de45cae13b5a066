package org.partnerbot.core.wiring;

import java.time.Clock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.store.Database;

/**
 * The whole core as the launcher runs it: the core, the schedule with reminders and the calendar, team building and
 * health, and the dashboard. The launcher and every conversation test build it through here, so a scenario exercises what production
 * runs. Quartz starts only with {@code schedule().start(…)}.
 */
public record Assembly(CoreModule core, ScheduleModule schedule, TeamBuildingModule teamBuilding, DashboardModule dashboard)
        implements AutoCloseable {

    /**
     * @param seeds   seeds for pairing rounds (random in production, fixed in tests)
     * @param baseUrl where the HTTP listener is reached from outside, for calendar and dashboard links
     */
    public static Assembly on(Database database, Clock clock, LongSupplier seeds, Supplier<String> baseUrl) {
        return on(database, clock, seeds, baseUrl, IcuMessages.standard());
    }

    /** The same, writing with {@code messages} (see {@link CoreModule#CoreModule(Database, Clock, Messages)}). */
    public static Assembly on(Database database, Clock clock, LongSupplier seeds, Supplier<String> baseUrl,
                              Messages messages) {
        CoreModule core = new CoreModule(database, clock, messages);
        ScheduleModule schedule = ScheduleModule.install(core, baseUrl);
        schedule.alsoOnSweep(core.retentionSweep()::runDue);
        TeamBuildingModule teamBuilding = TeamBuildingModule.install(core, seeds).runOn(schedule);
        DashboardModule dashboard = DashboardModule.install(core, schedule, teamBuilding, baseUrl);
        return new Assembly(core, schedule, teamBuilding, dashboard);
    }

    public PartnerBot bot() {
        return core.bot();
    }

    /** Stops the scheduler, then closes the database. */
    @Override
    public void close() {
        schedule.close();
        core.close();
    }
}
