package org.partnerbot.core.wiring;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.partnerbot.core.health.HealthDigest;
import org.partnerbot.core.health.HealthReports;
import org.partnerbot.core.meetings.MinutesExportCommands;
import org.partnerbot.core.health.ReportCommands;
import org.partnerbot.core.health.ReportView;
import org.partnerbot.core.wiring.TeamBuildingRepositories;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.store.schedule.JdbcMeetingSeries;
import org.partnerbot.core.schedule.calendar.CalendarCommands;
import org.partnerbot.core.schedule.calendar.CalendarService;
import org.partnerbot.core.meetings.CarryOverHook;
import org.partnerbot.core.glossary.Glossary;
import org.partnerbot.core.glossary.GlossaryCommands;
import org.partnerbot.core.glossary.GlossaryHook;
import org.partnerbot.core.icebreakers.IcebreakerCommands;
import org.partnerbot.core.icebreakers.IcebreakerHook;
import org.partnerbot.core.icebreakers.Icebreakers;
import org.partnerbot.core.kudos.KudosCommands;
import org.partnerbot.core.kudos.KudosRecords;
import org.partnerbot.core.pairing.PairingCommands;
import org.partnerbot.core.pairing.PairingRecords;
import org.partnerbot.core.pairing.PairingRound;
import org.partnerbot.core.pairing.TeamSettingsStore;
import org.partnerbot.core.pairing.WeeklyPairing;

/**
 * Adds team building and partnership health to a core: their commands and meeting hooks. Install before
 * {@link CoreModule#bot()}; direct messages (coffee-chat pairs) go through the given messenger. The calendar
 * reads the schedule's own series table (through its repository), so there is one weekly series, not two.
 */
public final class TeamBuildingModule {

    private final TeamSettingsStore settings;
    private final PairingRecords pairingRecords;
    private final PairingRound pairingRound;
    private final HealthReports healthReports;
    private final ReportView reportView = new ReportView();
    private final CalendarService calendars;
    private final WeeklyPairing weeklyPairing;
    private final HealthDigest healthDigest;

    private TeamBuildingModule(CoreModule core, Messenger messenger, LongSupplier seeds, Supplier<String> baseUrl) {
        TeamBuildingRepositories repos = new TeamBuildingRepositories(core.repositories().jdbc(), core.clock());
        this.settings = repos.settings();
        this.pairingRecords = repos.pairing();
        Icebreakers icebreakers = repos.icebreakers();
        KudosRecords kudos = repos.kudos();
        Glossary glossary = repos.glossary();
        this.pairingRound = new PairingRound(core.members(), pairingRecords, messenger);
        this.healthReports = new HealthReports(core.agencies(), core.members(), core.duties(), core.actions(), core.meetings(),
                repos.health(), kudos);
        this.weeklyPairing = new WeeklyPairing(core.transactions(), settings, pairingRecords, pairingRound, core.partnerships(),
                messenger, seeds);
        this.healthDigest = new HealthDigest(core.transactions(), repos.healthDigests(), healthReports, reportView,
                core.partnerships(), messenger);
        this.calendars = new CalendarService(core.transactions(), repos.calendarTokens(), core.partnerships(),
                new JdbcMeetingSeries(core.repositories().jdbc(), core.clock()), core.clock());
        core.addMeetingHook(new IcebreakerHook(icebreakers, settings))
                .addMeetingHook(new CarryOverHook(core.actions(), core.actionsView()))
                .addMeetingHook(new GlossaryHook(glossary, core.meetings()))
                .addCommands(new IcebreakerCommands(icebreakers, settings))
                .addCommands(new PairingCommands(pairingRound, pairingRecords, settings, seeds))
                .addCommands(new KudosCommands(kudos, core.members()))
                .addCommands(new GlossaryCommands(glossary))
                .addCommands(new ReportCommands(healthReports, reportView))
                .addCommands(new MinutesExportCommands(core.meetings(), core::minutesView))
                .addCommands(new CalendarCommands(calendars, baseUrl));
    }

    /**
     * @param seeds   seeds for pairing rounds: random in production, fixed in tests so pairs are predictable
     * @param baseUrl where the HTTP listener is reached from outside, for calendar links
     */
    public static TeamBuildingModule install(CoreModule core, Messenger messenger, LongSupplier seeds, Supplier<String> baseUrl) {
        return new TeamBuildingModule(core, messenger, seeds, baseUrl);
    }

    public static TeamBuildingModule install(CoreModule core, Messenger messenger, Supplier<String> baseUrl) {
        SecureRandom random = new SecureRandom();
        return install(core, messenger, random::nextLong, baseUrl);
    }

    /**
     * The periodic work of team building and health: weekly pairing rounds and digests after meetings. Each
     * decides from stored state, so it may run as often as wanted (the schedule's sweep timer, every 15 minutes).
     */
    public void runDue(Instant now) {
        weeklyPairing.runDue(now);
        healthDigest.runDue(now);
    }

    /** Runs {@link #runDue} after each sweep of the schedule's timer (Quartz): no second scheduler. */
    public TeamBuildingModule runOn(ScheduleModule scheduling) {
        scheduling.alsoOnSweep(this::runDue);
        return this;
    }

    public WeeklyPairing weeklyPairing() {
        return weeklyPairing;
    }

    public HealthDigest healthDigest() {
        return healthDigest;
    }

    /** Serves calendar feeds by token, for the HTTP listener's {@code GET /calendar/<token>.ics}. */
    public CalendarService calendars() {
        return calendars;
    }

    public TeamSettingsStore settings() {
        return settings;
    }

    public PairingRound pairingRound() {
        return pairingRound;
    }

    public HealthReports healthReports() {
        return healthReports;
    }

    public ReportView reportView() {
        return reportView;
    }
}
