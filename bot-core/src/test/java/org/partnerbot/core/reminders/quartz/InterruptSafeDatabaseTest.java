package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.TestDatabases;

/** Quartz interrupts its threads on shutdown; the application's H2 file database must survive that. */
class InterruptSafeDatabaseTest {

    @Test
    void anInterruptedWriteDoesNotCloseTheDatabase(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(TestDatabases.fileUrl(dir), "sa", "")) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE probe (x INT)");
                Thread.currentThread().interrupt();
                try {
                    s.execute("INSERT INTO probe VALUES (1)");
                } finally {
                    Thread.interrupted();
                }
            }
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
