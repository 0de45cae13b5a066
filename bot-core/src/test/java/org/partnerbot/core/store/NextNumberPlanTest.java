package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

/**
 * Every agenda item and action takes the partnership's next number. A partnership's numbers only grow (done items keep
 * theirs), so after a few years of weekly meetings the next one must still be one index entry away, not a read of
 * every number it ever had: H2's own count of the rows it read says which.
 */
class NextNumberPlanTest {

    @Test
    void theNextNumberIsReadOffTheEndOfThePartnershipsIndexWhateverItsHistory() throws SQLException {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), Clock.systemUTC());
        try (CoreDriver driver = new CoreDriver(core, "test", "C-test")) {
            driver.say("sam", "setup Northside");
            for (int i = 1; i <= 40; i++) {
                driver.say("sam", "agenda add Item " + i);
            }
            driver.say("sam", "#startmeeting");
            driver.say("sam", "#action @sam ring the school");
            driver.say("sam", "#action @sam write to the GP");
            driver.say("sam", "#endmeeting");
            for (String table : new String[] {"agenda_items", "actions"}) {
                String sql = "SELECT " + Jdbc.nextNumberOf(table);
                try (Connection c = core.database().dataSource().getConnection();
                     PreparedStatement next = c.prepareStatement(sql);
                     PreparedStatement explain = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
                    next.setLong(1, 1);
                    explain.setLong(1, 1);
                    assertThat(single(next)).isEqualTo(table.equals("agenda_items") ? "41" : "3");
                    assertThat(single(explain)).as(table).contains("scanCount: 1").doesNotContain("scanCount: 4");
                }
            }
        }
    }

    private static String single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
