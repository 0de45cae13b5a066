package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vendor migrations are the DDL the quartz jar ships, so upgrading Quartz shows up here if the schema changed. */
class QuartzDdlTest {

    @ParameterizedTest
    @CsvSource({"h2,tables_h2.sql", "postgresql,tables_postgres.sql"})
    void theMigrationIsTheJarsDdl(String vendor, String file) throws IOException {
        String shipped = read("org/quartz/impl/jdbcjobstore/" + file);
        String migration = read("db/vendor/" + vendor + "/V2__quartz_job_store.sql");
        assertThat(withoutCommit(migration)).endsWith(withoutCommit(shipped));
        assertThat(migration.lines().filter(l -> !shipped.contains(l)).toList())
                .as("only the two header comment lines are ours").hasSize(2).allMatch(l -> l.startsWith("-- "));
    }

    private static String withoutCommit(String sql) {
        return sql.replaceAll("(?im)^commit;\\s*$", "").strip();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = QuartzDdlTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
