package org.partnerbot.config.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.config.SettingsException;
import org.partnerbot.core.testing.TestDatabases;
import org.slf4j.LoggerFactory;

/** The bot on an H2 file encrypted with PARTNERBOT_DB_FILE_PASSWORD: it works, survives a restart, and opens with no other. */
class EncryptedDatabaseTest {

    private static final String FILE_PASSWORD = "SECRETfilepw-41c9a2";

    @TempDir
    Path dir;

    private Settings settings(String filePassword) {
        Map<String, String> values = new HashMap<>(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir.resolve("data")),
                "PARTNERBOT_PORT", "0"));
        if (filePassword != null) {
            values.put("PARTNERBOT_DB_FILE_PASSWORD", filePassword);
        }
        return new Settings(values);
    }

    private static String run(Settings settings, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Application app = Application.start(settings, true, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            for (String line : lines) {
                app.console().say(line);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBotWorksOnAnEncryptedFileWhichNoOtherPasswordOpens() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            assertThat(run(settings(FILE_PASSWORD), "sam: setup Quillfeather Partnership", "sam: agency add Police"))
                    .contains("Quillfeather Partnership is set up");
            assertThat(run(settings(FILE_PASSWORD), "sam: agencies")).as("after a restart").contains("Police");
            byte[] file = Files.readAllBytes(dir.resolve("data").resolve("partnerbot.mv.db"));
            assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("Quillfeather");

            assertThatThrownBy(() -> run(settings(null), "sam: agencies")).isInstanceOf(SettingsException.class)
                    .hasMessageContaining("PARTNERBOT_DB_FILE_PASSWORD").hasMessageContaining("cannot be read");
            assertThatThrownBy(() -> run(settings("SECRETwrong-0000"), "sam: agencies")).isInstanceOf(SettingsException.class)
                    .hasMessageContaining("PARTNERBOT_DB_FILE_PASSWORD").hasMessageNotContaining("SECRETwrong");
        } finally {
            root.detachAppender(logs);
        }
        List<String> logged = logs.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).toList();
        assertThat(logged).noneMatch(l -> l.contains("SECRETfilepw") || l.contains("SECRETwrong"));
    }

    @Test
    void aFilePasswordWithADatabaseThatHasNoFilesIsRefusedAtStartUp() {
        Settings postgres = new Settings(Map.of("PARTNERBOT_DB_URL", "jdbc:postgresql://db.internal/partnerbot",
                "PARTNERBOT_DB_FILE_PASSWORD", FILE_PASSWORD));
        assertThatThrownBy(postgres::dbFilePassword).isInstanceOf(SettingsException.class)
                .hasMessageContaining("PARTNERBOT_DB_FILE_PASSWORD encrypts H2 database files").hasMessageContaining("PostgreSQL")
                .hasMessageNotContaining(FILE_PASSWORD);
        assertThat(postgres.describe("PARTNERBOT_DB_FILE_PASSWORD")).isEqualTo("(set)");
    }
}
