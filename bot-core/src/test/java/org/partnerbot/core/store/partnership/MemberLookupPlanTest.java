package org.partnerbot.core.store.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

/**
 * Finding one member by user key is done for every message the outbox sends (may this person still receive it?), so in
 * a partnership of thousands it must go through keys, not walk the partnership's members: H2's own plan, on a
 * partnership of 300, says which index each step uses and on which columns.
 */
class MemberLookupPlanTest {

    @Test
    void aMemberIsFoundByUserKeyThroughTheKeysOfPeopleAndMemberships() throws SQLException {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), Clock.systemUTC());
        try (CoreDriver driver = new CoreDriver(core, "test", "C-test")) {
            driver.say("sam", "setup Northside");
            for (int i = 0; i < 300; i++) {
                driver.say("member" + i, "hello");
            }
            Database db = core.database();
            assertThat(plan(db, "ANALYZE", null)).isNull();
            assertThat(plan(db, "EXPLAIN " + JdbcMembers.PEOPLE_BY_USER_KEY, ps -> ps.setString(1, "member7")))
                    .contains("IX_PEOPLE_USER_KEY: USER_KEY = ?1");
            assertThat(plan(db, "EXPLAIN " + JdbcMembers.BY_PERSON, ps -> {
                ps.setLong(1, 1);
                ps.setLong(2, 7);
            })).as("the person's memberships (a few), not the partnership's (thousands), are what is read")
                    .containsPattern("\"MEMBERS\" \"M\"\\s+/\\* PUBLIC\\.[A-Z0-9_]+: (PARTNERSHIP_ID = \\?1\\s+AND )?PERSON_ID = \\?2 \\*/");
        }
    }

    private interface Parameters {
        void set(PreparedStatement ps) throws SQLException;
    }

    private static String plan(Database db, String sql, Parameters parameters) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameters == null) {
                ps.execute();
                return null;
            }
            parameters.set(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).toUpperCase();
            }
        }
    }
}
