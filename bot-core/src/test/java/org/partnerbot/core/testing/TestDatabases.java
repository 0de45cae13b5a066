package org.partnerbot.core.testing;

import java.nio.file.Path;
import java.util.UUID;
import org.partnerbot.core.store.Database;

/** Real H2 databases for tests: private in-memory ones, or files that survive a restart. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database inMemory() {
        return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public static String fileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("partnerbot").toAbsolutePath();
    }
}
