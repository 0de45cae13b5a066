package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reminders.SeriesTimers;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.reply.PlainRenderer;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Two bot instances on one PostgreSQL, Quartz clustered under the same instance name: 1,000 agenda calls fall due
 * within seconds of each other through the real Quartz triggers, and every one reaches its channel exactly once
 * across both nodes — also when one node is stopped while they are going out.
 */
class TwoNodeRemindersTest {

    private static final int PARTNERSHIPS = 1_000;
    private static final String WORKSPACE = "test";
    /** A liveness bound, not a speed claim: on a 2-core machine shared with other builds 1,000 sends took over 60 s. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    /** One channel post as a platform would see it, and which node sent it. */
    private record Post(String node, String conversationRef, String firstLine) {
    }

    /** The "platform": every node's messenger writes here, so duplicates across nodes are visible. */
    private static final class Channels {
        final List<Post> posts = new CopyOnWriteArrayList<>();

        Messenger of(String node) {
            return (Destination d, Reply reply) -> posts.add(new Post(node, d.conversationRef(), PlainRenderer.lines(reply).get(0)));
        }
    }

    private static final class Node implements AutoCloseable {
        final CoreModule core;
        final ScheduleModule scheduling;

        Node(String url, Messenger messenger, QuartzTimers.Settings settings) {
            core = new CoreModule(Database.open(url, "postgres", ""), Clock.systemUTC());
            scheduling = ScheduleModule.install(core.sendThrough(messenger));
            core.bot();
            scheduling.start(settings);
        }

        @Override
        public void close() {
            scheduling.close();
            core.close();
        }
    }

    @Test
    void eachOfAThousandRemindersGoesOutOnceAcrossTwoNodes() throws Exception {
        Channels channels = new Channels();
        String url = TestPostgres.freshDatabaseUrl();
        try (Node a = new Node(url, channels.of("a"), settings()); Node b = new Node(url, channels.of("b"), settings())) {
            long t0 = System.nanoTime();
            List<Long> ids = seed(a);
            long t1 = System.nanoTime();
            fireSoon(a, ids);
            long t2 = System.nanoTime();
            awaitPosts(channels, PARTNERSHIPS);
            System.out.printf("seed %d ms, timers %d ms, all out after %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000);
            Thread.sleep(1_500); // a late duplicate would show up here
            assertEachChannelOnce(channels, a);
            System.out.printf("two nodes, 1,000 agenda calls: node a sent %d, node b sent %d%n",
                    count(channels, "a"), count(channels, "b"));
        }
    }

    @Test
    void whenOneNodeStopsMidRunTheOtherSendsTheRestOnce() throws Exception {
        Channels channels = new Channels();
        String url = TestPostgres.freshDatabaseUrl();
        try (Node a = new Node(url, channels.of("a"), settings())) {
            Node b = new Node(url, channels.of("b"), settings());
            try {
                List<Long> ids = seed(a);
                fireSoon(a, ids);
                awaitPosts(channels, PARTNERSHIPS / 5);
            } finally {
                long t = System.nanoTime();
                b.close();
                System.out.printf("node b closed in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            }
            int byB = count(channels, "b");
            // With one slot firing planning all thousand at once, sending may be over before b stops: then this run
            // shows only that nothing was sent twice, which still must hold.
            System.out.printf("node b stopped with %d of %d out%n", channels.posts.size(), PARTNERSHIPS);
            long t = System.nanoTime();
            awaitPosts(channels, PARTNERSHIPS);
            System.out.printf("rest out in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            Thread.sleep(1_500);
            assertEachChannelOnce(channels, a);
            assertThat(count(channels, "b")).as("nothing from the stopped node after it stopped").isEqualTo(byB);
            System.out.printf("node b stopped after sending %d; node a sent the other %d%n", byB, count(channels, "a"));
        }
    }

    private static QuartzTimers.Settings settings() {
        // The same instance name on both nodes (one cluster); no sweep; the outbox retried every second.
        return new QuartzTimers.Settings("partnerbot-two-nodes", Duration.ofSeconds(30), "0 0 0 1 1 ? 2099",
                Duration.ofSeconds(1), 4);
    }

    /**
     * A thousand partnerships, each with a weekly meeting tomorrow whose agenda call (24 h before) fell due an
     * hour ago: late, but still worth sending until the meeting starts. Stored directly (one transaction), as the
     * commands would store them; the commands themselves are tested elsewhere.
     */
    private static List<Long> seed(Node node) {
        ZonedDateTime meeting = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        return node.core.transactions().inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PARTNERSHIPS; i++) {
                Partnership p = node.core.partnerships().create(WORKSPACE, "C-" + i, WORKSPACE + ":C-" + i, "Partnership " + i);
                node.core.partnerships().updateZone(p.id(), ZoneOffset.UTC);
                node.scheduling.series().save(MeetingSeries.weekly(p.id(), meeting.getDayOfWeek(), meeting.toLocalTime(),
                        ZoneOffset.UTC, 60));
                ids.add(p.id());
            }
            return ids;
        });
    }

    /**
     * Fires, a few seconds from now, the weekly slot of every partnership's agenda call (they all meet at the same
     * time): one Quartz job, taken by whichever node gets it first, which plans the thousand calls; the outbox
     * senders of both nodes then share out the sending.
     */
    private static void fireSoon(Node a, List<Long> ids) throws SchedulerException {
        MeetingSeries any = a.core.transactions().inTransaction(() -> a.scheduling.series().find(ids.get(0))).orElseThrow();
        WeeklyTimer agendaCall = SeriesTimers.wanted(any).get(0);
        assertThat(agendaCall.kind()).isEqualTo(MessageKind.AGENDA_CALL);
        JobDetail job = QuartzTimers.slotJob(agendaCall);
        Trigger soon = TriggerBuilder.newTrigger().withIdentity("soon", "test").forJob(job)
                .startAt(java.util.Date.from(Instant.now().plusSeconds(3))).build();
        a.scheduling.quartz().scheduler().scheduleJob(job, Set.of(soon), true);
    }

    private static void awaitPosts(Channels channels, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (channels.posts.size() < atLeast) {
            assertThat(Instant.now()).as("%d of %d reminders out so far", channels.posts.size(), atLeast).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static void assertEachChannelOnce(Channels channels, Node node) {
        Map<String, Long> perChannel = channels.posts.stream()
                .collect(Collectors.groupingBy(Post::conversationRef, TreeMap::new, Collectors.counting()));
        assertThat(perChannel).hasSize(PARTNERSHIPS);
        assertThat(perChannel.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(1L));
        assertThat(channels.posts).allSatisfy(p -> assertThat(p.firstLine()).startsWith("Agenda call: Partnership "));
        // The outbox agrees: one occurrence per partnership, each message sent, none waiting.
        var jdbc = node.core.jdbc();
        Map<String, Integer> byStatus = node.core.transactions().inTransaction(() -> jdbc.list(
                "SELECT status, COUNT(*) AS n FROM reminder_outbox GROUP BY status", rs -> Map.entry(rs.getString(1), rs.getInt(2))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus).containsExactly(Map.entry("SENT", PARTNERSHIPS));
        Integer occurrences = node.core.transactions().inTransaction(() -> jdbc.one(
                "SELECT COUNT(DISTINCT partnership_id) AS n FROM reminder_occurrences WHERE kind = 'AGENDA_CALL'",
                rs -> rs.getInt(1)).orElseThrow());
        assertThat(occurrences).isEqualTo(PARTNERSHIPS);
    }

    private static int count(Channels channels, String node) {
        return (int) channels.posts.stream().filter(p -> p.node().equals(node)).count();
    }
}
