package org.partnerbot.core.wiring;

import java.util.function.Supplier;
import org.partnerbot.core.dashboard.Classifications;
import org.partnerbot.core.dashboard.Dashboard;
import org.partnerbot.core.dashboard.DashboardCommands;
import org.partnerbot.core.dashboard.DashboardViews;
import org.partnerbot.core.dashboard.SignIn;
import org.partnerbot.core.dashboard.SignInLinkComposer;
import org.partnerbot.core.dashboard.SnapshotHook;
import org.partnerbot.core.dashboard.Snapshots;
import org.partnerbot.core.store.dashboard.JdbcSignInTokens;
import org.partnerbot.core.store.dashboard.JdbcSnapshots;

/**
 * Adds the dashboard to a core: `dashboard`, the snapshot each meeting's start takes for the trends, and the sign-in and
 * pages the launcher's web routes serve. Install before {@link CoreModule#bot()}.
 */
public final class DashboardModule {

    private final SignIn signIn;
    private final Dashboard dashboard;

    /** The marking an admin set with `classification` (issue 14), else the standard one. */
    private static Classifications classifications(CoreModule core) {
        return p -> core.transactions().inTransaction(() -> {
            String set = core.officialRecord().rules(p.id()).classification();
            return set == null ? Classifications.DEFAULT : set;
        });
    }

    private DashboardModule(CoreModule core, ScheduleModule schedule, TeamBuildingModule teamBuilding,
                            Supplier<String> baseUrl) {
        Snapshots snapshots = new JdbcSnapshots(core.jdbc());
        DashboardViews views = new DashboardViews(core.agencies(), core.members(), core.duties(), core.actions(),
                core.meetings(), schedule.series(), snapshots, teamBuilding.healthReports(), core.officialRecord(),
                core::minutesView);
        this.signIn = new SignIn(core.transactions(), new JdbcSignInTokens(core.jdbc(), core.clock()), core.clock());
        this.dashboard = new Dashboard(core.transactions(), core.access(), core.partnerships(), views,
                classifications(core), core.audit(), core.clock(), core.readers());
        DashboardCommands commands = new DashboardCommands(signIn, core.access(), core.outbox(), baseUrl,
                core.readers());
        core.addMeetingHook(new SnapshotHook(snapshots, views))
                .addCommands(commands)
                .addComposer(new SignInLinkComposer(commands));
    }

    /** @param baseUrl where the public listener is reached from outside, for sign-in links */
    public static DashboardModule install(CoreModule core, ScheduleModule schedule, TeamBuildingModule teamBuilding,
                                          Supplier<String> baseUrl) {
        return new DashboardModule(core, schedule, teamBuilding, baseUrl);
    }

    public SignIn signIn() {
        return signIn;
    }

    public Dashboard dashboard() {
        return dashboard;
    }
}
