package org.partnerbot.core.store.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.TestDatabases;

/**
 * Finding one member by user key is done for every message the outbox sends (may this person still receive it?), so in
 * a 10,000-member partnership it must go through indexes, not walk the partnership's members: H2's own plan says which.
 */
class MemberLookupPlanTest {

    @Test
    void aMemberIsFoundByUserKeyThroughIndexesWithoutWalkingThePartnershipsMembers() throws SQLException {
        try (Database db = TestDatabases.inMemory(); Connection c = db.dataSource().getConnection();
             PreparedStatement explain = c.prepareStatement("EXPLAIN " + JdbcMembers.BY_USER_KEY)) {
            explain.setLong(1, 1);
            explain.setString(2, "U1");
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                String plan = rs.getString(1).toUpperCase();
                assertThat(plan).as(plan).contains("IX_PEOPLE_USER_KEY").contains("PERSON_ID IN(");
                assertThat(plan.substring(plan.indexOf("FROM"))).as(plan).doesNotContainPattern("MEMBERS M\\s+/\\* [^*]*\\.TABLESCAN");
            }
        }
    }
}
