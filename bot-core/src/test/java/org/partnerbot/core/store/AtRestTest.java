package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

/** The H2 files at rest: only the bot's user can reach them, and with a file password nobody can read them without it. */
class AtRestTest {

    private static final String NAME = "Zebedee Safeguarding Partnership";

    @TempDir
    Path tmp;

    private static void setUp(Database db) {
        try (CoreDriver bot = new CoreDriver(new CoreModule(db, MutableClock.at("2026-11-27T10:00:00Z")), "ws", "C1")) {
            bot.say("sam", "setup " + NAME);
            bot.say("sam", "agency add Police");
        }
    }

    private static String partnershipName(Database db) {
        CoreModule core = new CoreModule(db, MutableClock.at("2026-11-27T10:00:00Z"));
        try {
            return core.transactions().inTransaction(() -> core.partnerships().findByConversation("ws", "C1")).orElseThrow().name();
        } finally {
            core.close();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void theDatabaseFolderAndEveryFileInItAreTheOwnersOnly() throws IOException {
        Path dir = tmp.resolve("data");
        setUp(Database.open(TestDatabases.fileUrl(dir), "sa", ""));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(files(dir)).isNotEmpty().allSatisfy(f ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------"));
    }

    @Test
    void withoutAFilePasswordTheFileCanBeReadByAnyoneWhoHasIt() throws IOException {
        Path dir = tmp.resolve("plain");
        setUp(Database.open(TestDatabases.fileUrl(dir), "sa", ""));
        assertThat(new String(Files.readAllBytes(dir.resolve("partnerbot.mv.db")), StandardCharsets.ISO_8859_1)).contains(NAME);
    }

    @Test
    void anEncryptedDatabaseIsUnreadableAndOpensOnlyWithItsFilePassword() throws IOException {
        Path dir = tmp.resolve("encrypted");
        String url = TestDatabases.fileUrl(dir);
        setUp(Database.open(url, "sa", "", "correct-horse-battery"));

        assertThat(new String(Files.readAllBytes(dir.resolve("partnerbot.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain(NAME).doesNotContain("Police");
        assertThatThrownBy(() -> Database.open(url, "sa", "")).as("no file password").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Database.open(url, "sa", "", "wrong-password")).as("the wrong one")
                .isInstanceOf(RuntimeException.class);
        assertThat(partnershipName(Database.open(url, "sa", "", "correct-horse-battery"))).isEqualTo(NAME);
    }

    @Test
    void aFilePasswordIsOnlyForH2Files() {
        assertThatThrownBy(() -> Database.open("jdbc:h2:mem:x", "sa", "", "secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encrypts H2 database files");
    }
}
