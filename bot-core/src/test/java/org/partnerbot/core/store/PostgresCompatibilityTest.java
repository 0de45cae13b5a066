package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;

/** The same migrations and the same conversations on a real PostgreSQL. */
class PostgresCompatibilityTest {

    @Test
    void theCoreScenariosRunOnPostgres() {
        CoreModule core = CoreModule.open(TestPostgres.freshDatabaseUrl(), "postgres", "", MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver driver = new CoreDriver(core, "slack:T1", "C1")) {
            Scenario.load("partnership-cycle.txt").runAgainst(driver);
        }
        CoreModule again = CoreModule.open(TestPostgres.freshDatabaseUrl(), "postgres", "", MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver driver = new CoreDriver(again, "slack:T1", "C1")) {
            Scenario.load("every-command.txt").runAgainst(driver);
            assertThat(driver.say("eli", "agenda add Null\u0000 byte")).first().asString().endsWith(": Null byte");
        }
    }
}
