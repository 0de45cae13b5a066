package org.partnerbot.core.wiring;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.partnerbot.core.glossary.Glossary;
import org.partnerbot.core.glossary.GlossaryCommands;
import org.partnerbot.core.glossary.GlossaryHook;
import org.partnerbot.core.health.HealthDigest;
import org.partnerbot.core.health.HealthDigestComposer;
import org.partnerbot.core.health.HealthReports;
import org.partnerbot.core.health.ReportCommands;
import org.partnerbot.core.health.ReportView;
import org.partnerbot.core.icebreakers.IcebreakerCommands;
import org.partnerbot.core.icebreakers.IcebreakerHook;
import org.partnerbot.core.icebreakers.Icebreakers;
import org.partnerbot.core.kudos.KudosCommands;
import org.partnerbot.core.kudos.KudosRecords;
import org.partnerbot.core.pairing.PairingCommands;
import org.partnerbot.core.pairing.PairingComposer;
import org.partnerbot.core.pairing.PairingRecords;
import org.partnerbot.core.pairing.PairingRound;
import org.partnerbot.core.pairing.PairingSettingsStore;
import org.partnerbot.core.pairing.WeeklyPairing;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.glossary.JdbcGlossary;
import org.partnerbot.core.store.health.JdbcHealthDigests;
import org.partnerbot.core.store.health.JdbcHealthRecords;
import org.partnerbot.core.store.icebreakers.JdbcIcebreakers;
import org.partnerbot.core.store.kudos.JdbcKudos;
import org.partnerbot.core.store.pairing.JdbcPairingRecords;
import org.partnerbot.core.store.pairing.JdbcPairingSettings;

/**
 * Adds team building (icebreakers, pairing, kudos, glossary) and partnership health (report, digest) to a core: their
 * commands, meeting hooks and outbox composers. Install before {@link CoreModule#bot()}; pairing messages and digests
 * go out through the core's outbox.
 */
public final class TeamBuildingModule {

    private final PairingSettingsStore pairingSettings;
    private final PairingRound pairingRound;
    private final HealthReports healthReports;
    private final ReportView reportView = new ReportView();
    private final WeeklyPairing weeklyPairing;
    private final HealthDigest healthDigest;

    private TeamBuildingModule(CoreModule core, LongSupplier seeds) {
        Jdbc jdbc = core.jdbc();
        this.pairingSettings = new JdbcPairingSettings(jdbc, core.clock());
        PairingRecords pairingRecords = new JdbcPairingRecords(jdbc, core.clock());
        Icebreakers icebreakers = new JdbcIcebreakers(jdbc, core.clock());
        KudosRecords kudos = new JdbcKudos(jdbc, core.clock());
        Glossary glossary = new JdbcGlossary(jdbc, core.clock());
        this.pairingRound = new PairingRound(core.members(), pairingRecords, core.outbox());
        this.healthReports = new HealthReports(core.agencies(), core.members(), core.duties(), core.actions(), core.meetings(),
                new JdbcHealthRecords(jdbc), kudos);
        this.weeklyPairing = new WeeklyPairing(core.transactions(), pairingSettings, pairingRecords, pairingRound,
                core.partnerships(), seeds);
        this.healthDigest = new HealthDigest(core.transactions(), new JdbcHealthDigests(jdbc, core.clock()),
                core.partnerships(), core.outbox());
        core.addComposer(new PairingComposer(core.members(), pairingRecords, core.readers()))
                .addComposer(new HealthDigestComposer(healthReports, reportView, core.readers()))
                .addMeetingHook(new IcebreakerHook(icebreakers, core.readers()))
                .addMeetingHook(new GlossaryHook(glossary, core.meetings(), core.readers()))
                .addCommands(new IcebreakerCommands(icebreakers))
                .addCommands(new PairingCommands(pairingRound, pairingRecords, pairingSettings, seeds))
                .addCommands(new KudosCommands(kudos, core.access()))
                .addCommands(new GlossaryCommands(glossary))
                .addCommands(new ReportCommands(healthReports, reportView, core::retentionLine, core::inquorateLine));
    }

    /** @param seeds seeds for pairing rounds: random in production, fixed in tests so pairs are predictable */
    public static TeamBuildingModule install(CoreModule core, LongSupplier seeds) {
        return new TeamBuildingModule(core, seeds);
    }

    public static TeamBuildingModule install(CoreModule core) {
        SecureRandom random = new SecureRandom();
        return install(core, random::nextLong);
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
    public TeamBuildingModule runOn(ScheduleModule schedule) {
        schedule.alsoOnSweep(this::runDue);
        return this;
    }

    public WeeklyPairing weeklyPairing() {
        return weeklyPairing;
    }

    public HealthDigest healthDigest() {
        return healthDigest;
    }

    public PairingSettingsStore pairingSettings() {
        return pairingSettings;
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
