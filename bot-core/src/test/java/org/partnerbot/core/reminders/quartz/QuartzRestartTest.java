package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.RecordingMessenger;
import org.partnerbot.core.reminders.SeriesTimers;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/**
 * Real Quartz on a real database (an H2 file, and PostgreSQL), stopped and started again like a redeploy or a
 * crash. The promise under test: on start-up a missed agenda call whose meeting has not begun is sent within
 * {@link #PROMISE}, also when the node that stopped was holding its trigger (Quartz had acquired it to fire).
 */
class QuartzRestartTest {

    /** Short, so a firing missed while stopped counts as a misfire within the test's few seconds. */
    private static final QuartzTimers.Settings SETTINGS = new QuartzTimers.Settings("partnerbot-test",
            Duration.ofMillis(500), "0 0 0 1 1 ? 2099", Duration.ofSeconds(1), 2);
    /**
     * The same scheduler with no outbox round to wait for: the agenda call is then the next trigger, and the node's
     * scheduler thread acquires it at once and holds it until its time, as a node does in the last 30 s before it.
     */
    private static final QuartzTimers.Settings HOLDING = new QuartzTimers.Settings("partnerbot-test",
            Duration.ofMillis(500), "0 0 0 1 1 ? 2099", Duration.ofHours(1), 2);
    /** How soon after start-up a missed agenda call goes out (README, "Down when a reminder was due"). */
    private static final Duration PROMISE = Duration.ofSeconds(5);

    /** One run of the application on the database. */
    private static final class Node implements AutoCloseable {
        final CoreModule core;
        final ScheduleModule scheduling;
        final RecordingMessenger messenger = new RecordingMessenger();
        final CoreDriver driver;

        Node(Path dir) {
            this(dir, SETTINGS);
        }

        Node(Path dir, QuartzTimers.Settings settings) {
            this(TestDatabases.fileUrl(dir), "sa", settings);
        }

        Node(String url, String user, QuartzTimers.Settings settings) {
            this(url, user);
            scheduling.start(settings);
        }

        /** The application without its scheduler started. */
        private Node(String url, String user) {
            core = new CoreModule(Database.open(url, user, ""), Clock.systemUTC());
            scheduling = ScheduleModule.install(core.sendThrough(messenger));
            driver = new CoreDriver(core, "test", "C-test");
            core.bot();
        }

        long partnership() {
            return core.transactions().inTransaction(() -> core.partnerships().findByConversation("test", "C-test")).orElseThrow().id();
        }

        @Override
        public void close() {
            scheduling.close();
            core.close();
        }
    }

    @Test
    void aSlotTriggerSurvivesARestartWithItsZoneAndData(@TempDir Path dir) throws Exception {
        Map<String, Instant> before;
        long id;
        WeeklyTimer meeting = new WeeklyTimer(MessageKind.MEETING_START, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(10, 0), ZoneId.of("America/New_York"));
        try (Node first = new Node(dir)) {
            first.driver.say("sam", "setup Northside");
            first.driver.say("sam", "schedule weekly tue 10:00 America/New_York 60m");
            id = first.partnership();
            before = first.scheduling.nextFireTimes(id);
            assertThat(before).containsOnlyKeys("AGENDA_CALL", "MEETING_START");
        }
        try (Node second = new Node(dir)) {
            Trigger t = second.scheduling.quartz().scheduler().getTrigger(
                    TriggerKey.triggerKey(meeting.slot(), QuartzTimers.SLOT_GROUP));
            assertThat(t).isInstanceOfSatisfying(CalendarIntervalTrigger.class, c -> {
                assertThat(c.getTimeZone().getID()).isEqualTo("America/New_York");
                assertThat(c.isPreserveHourOfDayAcrossDaylightSavings()).isTrue();
            });
            assertThat(ZonedDateTime.ofInstant(t.getNextFireTime().toInstant(), ZoneId.of("America/New_York")).toLocalTime())
                    .hasToString("10:00");
            JobDetail job = second.scheduling.quartz().scheduler().getJobDetail(QuartzTimers.slotKey(meeting));
            assertThat(job.getJobDataMap().getWrappedMap()).containsEntry("kind", "MEETING_START")
                    .containsEntry("day", "TUESDAY").containsEntry("time", "10:00").containsEntry("zone", "America/New_York")
                    .doesNotContainKey("partnershipId");
            assertThat(second.scheduling.nextFireTimes(id)).isEqualTo(before);

            second.driver.say("sam", "schedule weekly wed 09:00 Europe/London");
            assertThat(ZonedDateTime.ofInstant(second.scheduling.nextFireTimes(id).get("MEETING_START"),
                    ZoneId.of("Europe/London")).getDayOfWeek()).hasToString("WEDNESDAY");
            second.driver.say("sam", "schedule pause");
            assertThat(second.scheduling.nextFireTimes(id)).isEmpty();
        }
        try (Node third = new Node(dir)) {
            assertThat(third.scheduling.quartz().scheduler().getJobKeys(
                    org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(QuartzTimers.SLOT_GROUP)))
                    .as("slots nobody uses are removed at start-up").isEmpty();
        }
    }

    @Test
    void partnershipsMeetingAtTheSameTimeShareOneJobAndEachGetsItsCall(@TempDir Path dir) throws Exception {
        try (Node node = new Node(dir, HOLDING)) {
            node.driver.say("sam", "setup Northside");
            node.driver.say("sam", "agenda add Referral backlog from schools");
            CoreDriver other = new CoreDriver(node.core, "test", "C-other");
            other.say("kim", "setup Southside");
            other.say("kim", "agenda add School nurse cover");
            long north = node.partnership();
            long south = node.core.transactions().inTransaction(() -> node.core.partnerships()
                    .findByConversation("test", "C-other")).orElseThrow().id();
            Instant call = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime meeting = call.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC"));
            for (long id : List.of(north, south)) {
                node.core.transactions().run(() -> node.scheduling.series().save(MeetingSeries.weekly(id,
                        meeting.getDayOfWeek(), meeting.toLocalTime(), ZoneId.of("UTC"), 60).withAgendaLead(1)));
            }
            node.scheduling.attach(node.scheduling.quartz());
            assertThat(node.scheduling.quartz().scheduler().getJobKeys(
                    org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(QuartzTimers.SLOT_GROUP)))
                    .as("one agenda-call job and one meeting-start job for both").hasSize(2);
            await(() -> node.messenger.sent().size() >= 2, Duration.ofSeconds(10));
            Thread.sleep(1000); // a second copy would show up here
            assertThat(node.messenger.sent()).extracting(RecordingMessenger.Sent::text).hasSize(2)
                    .anySatisfy(text -> assertThat(text).contains("Agenda call: Northside").contains("Referral backlog"))
                    .anySatisfy(text -> assertThat(text).contains("Agenda call: Southside").contains("School nurse cover"));
        }
    }

    @Test
    void aDatabaseWithTheTimersOfAnEarlierReleaseGetsSlotsAndItsMissedCallOnce(@TempDir Path dir) throws Exception {
        long id;
        Instant call;
        MeetingSeries saved;
        try (Node first = new Node(dir)) {
            first.driver.say("sam", "setup Northside");
            first.driver.say("sam", "agenda add Referral backlog from schools");
            id = first.partnership();
            call = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime meeting = call.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC"));
            MeetingSeries series = MeetingSeries.weekly(id, meeting.getDayOfWeek(), meeting.toLocalTime(), ZoneId.of("UTC"), 60)
                    .withAgendaLead(1);
            first.core.transactions().run(() -> first.scheduling.series().save(series));
            saved = series;
        }
        // What a release before slots left: the partnership's own jobs, stored before the call and since missed.
        try (Database db = Database.open(TestDatabases.fileUrl(dir), "sa", "")) {
            StoredTimers.storeLegacyAsOf(db, List.of(saved), call.minusSeconds(60), SETTINGS);
        }
        try (Node second = new Node(dir)) {
            awaitSent(List.of(second));
            Thread.sleep(1500);
            assertThat(second.messenger.sent()).singleElement().satisfies(s -> assertThat(s.text())
                    .contains("Agenda call: Northside").contains("Referral backlog from schools"));
            var scheduler = second.scheduling.quartz().scheduler();
            assertThat(scheduler.getJobGroupNames()).as("no per-partnership jobs left").noneMatch(g -> g.startsWith("partnership-"));
            assertThat(second.scheduling.nextFireTimes(id)).containsOnlyKeys("AGENDA_CALL", "MEETING_START");
        }
    }

    @Test
    void anAgendaCallMissedWhileStoppedIsSentOnceWithinFiveSecondsOfRestart(@TempDir Path dir) throws Exception {
        long id;
        Instant call;
        try (Node first = new Node(dir, HOLDING)) {
            first.driver.say("sam", "setup Northside");
            first.driver.say("sam", "agenda add Referral backlog from schools");
            id = first.partnership();
            // Stopped while its scheduler holds the agenda call, as a node does in the last 30 s before it.
            call = holdAnAgendaCallSoon(first, id, first.scheduling.quartz());
        }
        // Down across the due time (and past the misfire threshold).
        await(() -> Instant.now().isAfter(call.plusMillis(1500)), Duration.ofSeconds(10));

        try (Node second = new Node(dir)) {
            awaitSent(List.of(second));
            assertThat(second.messenger.sent()).singleElement().satisfies(s -> assertThat(s.text())
                    .contains("Agenda call: Northside").contains("Referral backlog from schools"));

            // The same occurrence fired again (a replay, a second node): nothing more goes out.
            second.scheduling.reminders().weekly(id, MessageKind.AGENDA_CALL, Instant.now());
            second.core.dispatcher().deliverDue();
            assertThat(second.messenger.sent()).hasSize(1);
            assertThat(second.scheduling.nextFireTimes(id).get("AGENDA_CALL")).isAfter(Instant.now().plus(Duration.ofDays(6)));
        }
        try (Node third = new Node(dir)) {
            Thread.sleep(1500);
            assertThat(third.messenger.sent()).as("a second restart does not fire it again").isEmpty();
        }
    }

    @Test
    void anAgendaCallHeldByANodeThatDiedIsSentOnceWithinFiveSecondsOfRestartOnH2(@TempDir Path dir) throws Exception {
        heldByANodeThatDies(TestDatabases.fileUrl(dir), "sa", 1);
    }

    @Test
    void anAgendaCallHeldByANodeThatDiedIsSentOnceWithinFiveSecondsWhenTwoNodesStartOnPostgres() throws Exception {
        heldByANodeThatDies(TestPostgres.freshDatabaseUrl(), "postgres", 2);
    }

    /**
     * A node's scheduler holds the agenda call when the node stops answering (killed, or cut off from the database):
     * it neither fires the trigger nor hands it back, and its check-in row stays, so to Quartz it is alive for 15 s
     * or more. {@code restarted} nodes then start on the same database, after the call was due.
     */
    private static void heldByANodeThatDies(String url, String user, int restarted) throws Exception {
        Node dying = new Node(url, user);
        CuttableDataSource link = new CuttableDataSource(dying.core.database().dataSource());
        List<Node> nodes = new ArrayList<>();
        try {
            dying.driver.say("sam", "setup Northside");
            dying.driver.say("sam", "agenda add Referral backlog from schools");
            long id = dying.partnership();
            QuartzTimers quartz = QuartzTimers.create(link, dying.core.database().isPostgres(), dying.scheduling.wakeups(), HOLDING);
            quartz.start();
            try {
                Instant call = holdAnAgendaCallSoon(dying, id, quartz);
                link.cut();
                assertThat(Instant.now()).as("cut off before the agenda call was due").isBefore(call);
                await(() -> Instant.now().isAfter(call.plusMillis(1500)), Duration.ofSeconds(10));
                assertThat(triggerState(dying.core.database(), call)).as("still held by the node that died").isEqualTo("ACQUIRED");

                for (int i = 0; i < restarted; i++) {
                    nodes.add(new Node(url, user, SETTINGS));
                }
                awaitSent(nodes);
                Thread.sleep(1500); // a second copy would show up here
                List<RecordingMessenger.Sent> sent = nodes.stream().flatMap(n -> n.messenger.sent().stream()).toList();
                assertThat(sent).as("one agenda call across %d node(s)", restarted).singleElement().satisfies(s -> assertThat(s.text())
                        .contains("Agenda call: Northside").contains("Referral backlog from schools"));
            } finally {
                nodes.forEach(Node::close);
                link.restore(); // the node comes back: what it held finds its occurrence sent, and it stops cleanly
                quartz.close();
            }
            assertThat(dying.messenger.sent()).as("the node that came back sends nothing again").isEmpty();
        } finally {
            dying.close();
        }
    }

    /** Until one of the started nodes has sent something, at most {@link #PROMISE}. */
    private static void awaitSent(List<Node> started) throws InterruptedException {
        long t = System.nanoTime();
        await(() -> started.stream().anyMatch(n -> !n.messenger.sent().isEmpty()), PROMISE);
        System.out.printf("missed agenda call sent %d ms after %d node(s) started%n", (System.nanoTime() - t) / 1_000_000, started.size());
    }

    /**
     * A weekly series whose agenda call (1h before the meeting) falls three to four seconds from now, once the node's
     * scheduler is quiet; returns when the scheduler has acquired the call and will hold it until its time. (A job
     * that finishes makes Quartz hand back and take again what it holds: the first outbox round must be over.)
     */
    private static Instant holdAnAgendaCallSoon(Node node, long id, QuartzTimers timers) throws InterruptedException {
        Database db = node.core.database();
        await(() -> query(db, "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'outbox'", rs -> rs.getLong(1))
                > Instant.now().plusSeconds(60).toEpochMilli()
                && query(db, "SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS", rs -> rs.getInt(1)) == 0, Duration.ofSeconds(10));
        Instant call = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime meeting = call.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC"));
        MeetingSeries series = MeetingSeries.weekly(id, meeting.getDayOfWeek(), meeting.toLocalTime(), ZoneId.of("UTC"), 60)
                .withAgendaLead(1);
        node.core.transactions().run(() -> node.scheduling.series().save(series));
        node.scheduling.attach(timers);
        assertThat(timers.nextFireTimes(SeriesTimers.wanted(series))).containsEntry("AGENDA_CALL", call);
        // Each change above signals the scheduler thread, which may take the call, hand it back and take it again:
        // held means the same acquisition for half a second.
        AtomicReference<String> seen = new AtomicReference<>();
        await(() -> {
            String entry = acquisition(db, call);
            return entry != null && entry.equals(seen.getAndSet(entry));
        }, Duration.ofSeconds(3), Duration.ofMillis(500));
        return call;
    }

    /** The fired-trigger entry of the agenda call's slot while a scheduler holds it, else null. */
    private static String acquisition(Database db, Instant call) {
        return query(db, "SELECT ENTRY_ID FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_NAME = '" + agendaSlot(call).slot()
                + "' AND TRIGGER_GROUP = '" + QuartzTimers.SLOT_GROUP + "' AND STATE = 'ACQUIRED'", rs -> rs.getString(1));
    }

    private static String triggerState(Database db, Instant call) {
        return query(db, "SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = '" + agendaSlot(call).slot()
                + "' AND TRIGGER_GROUP = '" + QuartzTimers.SLOT_GROUP + "'", rs -> rs.getString(1));
    }

    /** The slot of an agenda call at this instant in UTC, as the series of {@link #holdAnAgendaCallSoon} wants it. */
    private static WeeklyTimer agendaSlot(Instant call) {
        ZonedDateTime at = call.atZone(ZoneId.of("UTC"));
        return new WeeklyTimer(MessageKind.AGENDA_CALL, at.getDayOfWeek(), at.toLocalTime(), ZoneId.of("UTC"));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** One value from Quartz's tables, which its API does not show (an acquired trigger reads as NORMAL there). */
    private static <T> T query(Database db, String sql, Column<T> column) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? column.read(rs) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A node's link to the database: once cut, every request for a connection waits, as for a node that was killed
     * or cut off, until the link is restored.
     */
    private static final class CuttableDataSource implements DataSource {
        private final DataSource database;
        private final CountDownLatch restored = new CountDownLatch(1);
        private volatile boolean cut;

        CuttableDataSource(DataSource database) {
            this.database = database;
        }

        void cut() {
            cut = true;
        }

        void restore() {
            restored.countDown();
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (cut && restored.getCount() > 0) {
                try {
                    restored.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while cut off", e);
                }
            }
            return database.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException("the pool has its own login");
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return database.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            database.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            database.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return database.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return database.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return database.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return database.isWrapperFor(type);
        }
    }

    private static void await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        await(condition, atMost, Duration.ofMillis(50));
    }

    private static void await(BooleanSupplier condition, Duration atMost, Duration every) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            Thread.sleep(every.toMillis());
        }
    }
}
