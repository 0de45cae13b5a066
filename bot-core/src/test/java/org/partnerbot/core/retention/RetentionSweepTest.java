package org.partnerbot.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.testing.AssemblyDriver;

/** The daily job: once a day across nodes, and the intake's de-duplication log forgotten once nothing can replay it. */
class RetentionSweepTest {

    private static int deliveries(AssemblyDriver driver) {
        return driver.core().transactions().inTransaction(() -> driver.core().jdbc()
                .one("SELECT COUNT(*) FROM delivery_log", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void theDeduplicationLogIsPrunedOnceADeliveryCanNoLongerBeReplayed() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            driver.say("sam", "setup Northside");
            Inbound add = Inbound.command("test", "C-test", "test:C-test", new Speaker("dan", "dan", null), "agenda add Budget")
                    .withDeliveryId("Ev-replayed");
            assertThat(driver.core().bot().handle(add)).isPresent();
            assertThat(deliveries(driver)).isEqualTo(1);

            driver.clock().advance(Duration.ofHours(23));
            driver.core().retentionSweep().runDue(driver.clock().instant());
            assertThat(deliveries(driver)).as("a retry within the day still has one effect").isEqualTo(1);
            assertThat(driver.core().bot().handle(add)).isEmpty();

            driver.clock().advance(Duration.ofDays(1).plusHours(2));
            driver.core().retentionSweep().runDue(driver.clock().instant());
            assertThat(deliveries(driver)).isZero();
        }
    }

    @Test
    void theJobRunsOnceADayWhicheverNodeSweeps() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            RetentionPolicies policies = new org.partnerbot.core.store.retention.JdbcRetentionPolicies(driver.core().jdbc(),
                    driver.clock());
            var now = driver.clock().instant();
            assertThat(driver.core().transactions().inTransaction(() -> policies.claimRun("t", now, Duration.ofDays(1)))).isTrue();
            assertThat(driver.core().transactions().inTransaction(() -> policies.claimRun("t", now.plusSeconds(60),
                    Duration.ofDays(1)))).as("a second node the same day").isFalse();
            assertThat(driver.core().transactions().inTransaction(() -> policies.claimRun("t", now.plus(Duration.ofDays(1)),
                    Duration.ofDays(1)))).as("the next day").isTrue();
        }
    }
}
