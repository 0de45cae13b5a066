package org.partnerbot.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reminders.ReminderService;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.BigPartnership;
import org.partnerbot.core.testing.CoreDriver;
import org.slf4j.LoggerFactory;

/**
 * `pairing now` in a big partnership works its round out before its command's transaction, without the partnership's
 * lock: while it is being worked out (held there, its reads done, by the seed it asks for), the reminder sweep and another member's
 * command run through that same partnership's lock, and the round is then held. Issue 13: `pairing now` with 10,000
 * members held the lock for minutes and the sweep failed with a lock timeout meanwhile.
 */
class PairingOutsideTheLockTest {

    private static final long WAIT_SECONDS = 120;

    private final CountDownLatch planning = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);
    private final AtomicInteger seedsDrawn = new AtomicInteger();
    private final ExecutorService admin = Executors.newSingleThreadExecutor();
    private final Logger reminderLog = (Logger) LoggerFactory.getLogger(ReminderService.class);
    private final ListAppender<ILoggingEvent> reminderEvents = new ListAppender<>();

    /** The first seed is drawn as the round is worked out: it waits there until the test has done its part. */
    private final LongSupplier seeds = () -> {
        if (seedsDrawn.getAndIncrement() == 0) {
            planning.countDown();
            try {
                goOn.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 7;
    };

    @AfterEach
    void stop() {
        goOn.countDown();
        admin.shutdownNow();
        reminderLog.detachAppender(reminderEvents);
    }

    @Test
    void whileABigRoundIsWorkedOutTheSweepAndOtherCommandsRunAndThenTheRoundIsHeld() throws Exception {
        reminderEvents.start();
        reminderLog.addAppender(reminderEvents);
        try (AssemblyDriver driver = AssemblyDriver.withSeeds("2026-12-03T09:15:00Z", seeds)) {
            driver.say("sam", "setup Big");
            Partnership p = partnership(driver);
            BigPartnership.members(driver.core(), "test", p.id(), "U-big-", 2_000, 5);

            Future<List<String>> round = admin.submit(() -> driver.say("sam", "pairing now"));
            assertThat(planning.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the round is being worked out").isTrue();

            // Both take the partnership's lock: a round held under it meanwhile would make them wait, then fail.
            driver.scheduling().wakeups().sweep();
            List<String> added = new CoreDriver(driver.core(), "test", "C-test").say("U-big-00001", "agenda add Transport to school");
            assertThat(added).anyMatch(l -> l.contains("Transport to school")).noneMatch(l -> l.contains("went wrong"));
            assertThat(reminderEvents.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
            assertThat(round.isDone()).as("still being worked out").isFalse();

            goOn.countDown();
            List<String> out = round.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(out).anyMatch(l -> l.startsWith("  • ") && l.contains("member00001 (Agency"));
            assertThat(driver.core().transactions().inTransaction(() -> driver.core().outbox().countByStatus(p.id()))
                    .values().stream().mapToInt(Integer::intValue).sum()).as("everyone's message, in the outbox").isEqualTo(2_001);
            assertThat(seedsDrawn).as("the round worked out outside the lock is the one held").hasValue(1);
            assertThat(rounds(driver, p)).isEqualTo(1);
        }
    }

    @Test
    void someoneWhoJoinsWhileTheRoundIsWorkedOutStillGetsAPartner() throws Exception {
        try (AssemblyDriver driver = AssemblyDriver.withSeeds("2026-12-03T09:15:00Z", seeds)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "agency add Council");
            driver.say("sam", "agency add Police");
            driver.say("sam", "agency join Council");
            driver.say("dan", "agency join Police");
            Partnership p = partnership(driver);

            Future<List<String>> round = admin.submit(() -> driver.say("sam", "pairing now"));
            assertThat(planning.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            new CoreDriver(driver.core(), "test", "C-test").say("eve", "agency join Police");
            goOn.countDown();

            List<String> out = round.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(out).anyMatch(l -> l.startsWith("(to eve) Coffee chat this week"))
                    .anyMatch(l -> l.startsWith("(to sam) Coffee chat this week"))
                    .anyMatch(l -> l.startsWith("(to dan) Coffee chat this week"));
            assertThat(seedsDrawn).as("worked out again, under the lock, with eve").hasValue(2);
            assertThat(rounds(driver, p)).isEqualTo(1);
        }
    }

    private static Partnership partnership(AssemblyDriver driver) {
        return driver.core().transactions().inTransaction(() -> driver.core().partnerships()
                .findByConversation("test", "C-test")).orElseThrow();
    }

    private static long rounds(AssemblyDriver driver, Partnership p) {
        return driver.core().transactions().inTransaction(() -> driver.core().jdbc().one(
                "SELECT COUNT(*) FROM pairing_rounds WHERE partnership_id = ?", rs -> rs.getLong(1), p.id())).orElseThrow();
    }
}
