package org.partnerbot.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.store.intake.JdbcInbox;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.wiring.CoreModule;

/** The durable inbox: recorded once, worked in each conversation's order, answered once even across a crash. */
class DurableInboxTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");

    private static Arrival arrival(String key, String conversation, String user, String text) {
        return new Arrival(key, "test", "ws", conversation, user, "command", text);
    }

    private static Inbound command(InboxEntry e) {
        return Inbound.command("ws", e.arrival().conversation(), "ref", new Speaker(e.arrival().userKey(),
                e.arrival().userKey(), null), e.arrival().input()).withDeliveryId(e.deliveryId());
    }

    @Test
    void theSameKeyTwiceIsOneInputAndOneEffect() throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            List<String> answers = new CopyOnWriteArrayList<>();
            core.inbox().register("test", e -> core.bot().handle(command(e)).ifPresent(r -> answers.add(r.plainText())));
            assertThat(core.inbox().accept(arrival("k1", "C1", "sam", "setup Northside"))).isEqualTo(Acceptance.TAKEN);
            assertThat(core.inbox().accept(arrival("k2", "C1", "dan", "agenda add Transport"))).isEqualTo(Acceptance.TAKEN);
            assertThat(core.inbox().accept(arrival("k2", "C1", "dan", "agenda add Transport"))).isEqualTo(Acceptance.ALREADY_HAD);
            core.inbox().start(2);
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(core.inbox().accept(arrival("k2", "C1", "dan", "agenda add Transport")))
                    .as("a replay after the work was done").isEqualTo(Acceptance.ALREADY_HAD);
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(answers).hasSize(2);
            assertThat(answers.get(1)).contains("Agenda item 1 added");
            assertThat(core.bot().handle(Inbound.command("ws", "C1", "ref", new Speaker("dan", "dan", null), "agenda"))
                    .orElseThrow().plainText()).containsOnlyOnce("Transport");
        }
    }

    @Test
    void oneConversationRunsInTheOrderItArrivedWhileOthersRunBeside() throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            core.inbox().register("test", e -> {
                seen.add(e.arrival().conversation() + ":" + e.arrival().input());
                sleep(e.arrival().input().hashCode() % 3);
            });
            for (int i = 0; i < 40; i++) {
                core.inbox().accept(arrival("k" + i, "C" + (i % 3), "sam", Integer.toString(i)));
            }
            core.inbox().start(4);
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(20))).isTrue();
            assertThat(seen).hasSize(40);
            for (int c = 0; c < 3; c++) {
                String prefix = "C" + c + ":";
                List<Integer> order = seen.stream().filter(s -> s.startsWith(prefix))
                        .map(s -> Integer.parseInt(s.substring(prefix.length()))).toList();
                assertThat(order).as("conversation C" + c).isSorted();
            }
        }
    }

    @Test
    void aLongQueueInOneConversationDoesNotHoldBackAnotherConversationsWork() throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            CountDownLatch firstHeld = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch otherDone = new CountDownLatch(1);
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            core.inbox().register("test", e -> {
                seen.add(e.arrival().conversation() + ":" + e.arrival().input());
                if (e.arrival().input().equals("0")) {
                    firstHeld.countDown();
                    await(release);
                }
                if (e.arrival().conversation().equals("C2")) {
                    otherDone.countDown();
                }
            });
            // More waiting entries of the busy conversation than a take reads in one page.
            for (int i = 0; i < 700; i++) {
                core.inbox().accept(arrival("k" + i, "C1", "sam", Integer.toString(i)));
            }
            core.inbox().start(2);
            assertThat(firstHeld.await(10, TimeUnit.SECONDS)).isTrue();
            core.inbox().accept(arrival("other", "C2", "dan", "x"));
            boolean otherRanBeside = otherDone.await(10, TimeUnit.SECONDS);
            release.countDown();
            assertThat(otherRanBeside).as("C2's entry, behind 699 of C1's, done while C1's first was under way").isTrue();
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(30))).isTrue();
            List<Integer> order = seen.stream().filter(s -> s.startsWith("C1:")).map(s -> Integer.parseInt(s.substring(3))).toList();
            assertThat(order).hasSize(700).isSorted();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCommandThatCommittedBeforeACrashIsAnsweredOnceMoreButNotDoneAgain(@TempDir Path dir) throws Exception {
        String url = TestDatabases.fileUrl(dir);
        try (CoreModule first = new CoreModule(Database.open(url, "sa", ""), clock)) {
            first.bot().handle(Inbound.command("ws", "C1", "ref", new Speaker("sam", "sam", null), "setup Northside"));
            first.inbox().accept(arrival("k1", "C1", "dan", "agenda add Transport"));
            // A worker takes it and runs the command, which commits; the process dies before the answer goes out.
            org.partnerbot.core.store.intake.JdbcInbox inbox = new org.partnerbot.core.store.intake.JdbcInbox(first.jdbc(), clock);
            InboxEntry taken = first.transactions().inTransaction(() -> inbox.take(Set.of("test"), "node-1",
                    clock.instant().plusSeconds(120))).orElseThrow();
            assertThat(first.bot().handle(command(taken))).isPresent();
        }
        try (CoreModule second = new CoreModule(Database.open(url, "sa", ""), clock)) {
            List<Optional<Reply>> kept = new CopyOnWriteArrayList<>();
            List<Reply> ran = new CopyOnWriteArrayList<>();
            second.inbox().register("test", e -> {
                kept.add(e.answer());
                if (e.answer().isEmpty()) {
                    second.bot().handle(command(e)).ifPresent(ran::add);
                }
            });
            second.inbox().start(1);
            assertThat(second.inbox().awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0)).as("the answer recorded with the commit").isPresent();
            assertThat(kept.get(0).orElseThrow().plainText()).contains("Agenda item 1 added by dan");
            assertThat(ran).isEmpty();
            assertThat(second.bot().handle(Inbound.command("ws", "C1", "ref", new Speaker("dan", "dan", null), "agenda"))
                    .orElseThrow().plainText()).containsOnlyOnce("Transport");
        }
    }

    @Test
    void aWorkerMarksWhatItFinishedDoneInTheTransactionOfItsNextTake() throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            AtomicInteger workerTransactions = new AtomicInteger();
            Transactions counted = new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    if (Thread.currentThread().getName().startsWith("inbox-")) {
                        workerTransactions.incrementAndGet();
                    }
                    return core.transactions().inTransaction(work);
                }
            };
            InboxWorkers workers = new InboxWorkers(counted, new JdbcInbox(core.jdbc(), clock), clock, false);
            List<String> seen = new CopyOnWriteArrayList<>();
            workers.register("test", e -> seen.add(e.arrival().input()));
            for (int i = 0; i < 10; i++) {
                workers.accept(arrival("k" + i, "C1", "sam", Integer.toString(i)));
            }
            workers.start(1);
            try {
                assertThat(workers.awaitIdle(Duration.ofSeconds(10))).isTrue();
            } finally {
                workers.close();
            }
            assertThat(seen).hasSize(10);
            assertThat(rows(core, "SELECT state FROM inbox")).containsOnly("DONE");
            // Ten takes that found an entry, one that found none (it marked the last done), one more for the wake the
            // ten acks left (one kept per worker, not one per ack), the first housekeeping's prune, and perhaps the idle
            // poll a second later: no transaction of its own per done mark, no empty take per ack.
            assertThat(workerTransactions.get()).isBetween(12, 14);
        }
    }

    @Test
    void pastTheLimitNewInputIsBusyAndNothingIsRecorded() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            core.inbox().limit(3);
            for (int i = 0; i < 3; i++) {
                assertThat(core.inbox().accept(arrival("k" + i, "C1", "sam", "help"))).isEqualTo(Acceptance.TAKEN);
            }
            assertThat(core.inbox().accept(arrival("k3", "C1", "sam", "help"))).isEqualTo(Acceptance.BUSY);
            assertThat(core.transactions().inTransaction(() -> core.jdbc().one("SELECT COUNT(*) FROM inbox", rs -> rs.getInt(1))))
                    .contains(3);
        }
    }

    @Test
    void doneWorkKeepsNothingOfThePersonAndIsForgottenAfterADay() throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            core.inbox().register("test", e -> { });
            core.inbox().accept(arrival("k1", "C1", "Usecret", "agenda add Meera's referral"));
            core.inbox().start(1);
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(rows(core, "SELECT COALESCE(input, '') || COALESCE(answer, '') || COALESCE(user_key, '') FROM inbox"))
                    .containsExactly("");
            clock.advance(InboxWorkers.RETENTION.plusMinutes(1));
            assertThat(core.inbox().prune()).isEqualTo(1);
            assertThat(rows(core, "SELECT dedup_key FROM inbox")).isEmpty();
        }
    }

    @Test
    void erasureDropsAPersonsWaitingInput() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            core.inbox().accept(arrival("k1", "C1", "Ugone", "agenda add about a child"));
            core.inbox().accept(arrival("k2", "C1", "Ustays", "agenda"));
            assertThat(core.inbox().forget("ws", "Ugone")).isEqualTo(1);
            assertThat(rows(core, "SELECT COALESCE(input, '-') || '/' || COALESCE(user_key, '-') FROM inbox ORDER BY id"))
                    .containsExactly("-/-", "agenda/Ustays");
        }
    }

    @Test
    void aKeptAnswerReadsBackAsTheSameReply() throws Exception {
        Reply reply = Reply.asker().heading("Agenda (2)")
                .line(Line.builder().text("Added by ").person("U1", "dan").text(" at ")
                        .time(Instant.parse("2026-11-27T10:00:00Z"), ZoneId.of("Europe/London"), Span.TimeStyle.DATE_TIME)
                        .code("agenda").strong("!").build())
                .list("Items", List.of(new Block.Item(Line.of("one"), Button.asking("Add", "agenda.add", "agenda add", "What?")
                        .inPartnership(7)), Block.Item.of(Line.of("two"))), "none")
                .note("a note").buttons(Button.of("Help", "help", "help"))
                .block(new Block.Attachment("minutes.md", "text/markdown", "# Minutes\n"))
                .build();
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock)) {
            core.inbox().accept(arrival("k1", "C1", "dan", "x"));
            org.partnerbot.core.store.intake.JdbcInbox inbox = new org.partnerbot.core.store.intake.JdbcInbox(core.jdbc(), clock);
            core.transactions().run(() -> inbox.answered("k1", reply));
            InboxEntry e = core.transactions().inTransaction(() -> inbox.take(Set.of("test"), "n", clock.instant())).orElseThrow();
            assertThat(e.answer()).contains(reply);
        }
    }

    private static List<String> rows(CoreModule core, String sql) {
        return core.transactions().inTransaction(() -> core.jdbc().list(sql, rs -> rs.getString(1)));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(Math.abs(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
