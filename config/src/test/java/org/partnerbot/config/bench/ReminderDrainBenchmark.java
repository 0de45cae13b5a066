package org.partnerbot.config.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminder part of the load benchmark on its own (it is also a section of {@link LoadBenchmark}'s report).
 * Not part of the suite (tag {@code benchmark}); writes {@code config/target/benchmark-reminders.md}:
 * {@code mvn -B -pl config -am verify -Dtest=ReminderDrainBenchmark -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class ReminderDrainBenchmark {

    @Test
    void measure(@TempDir Path dir) throws Exception {
        List<String> report = ReminderDrain.measure(dir, Integer.getInteger("bench.partnerships", 10_000));
        Files.write(Path.of("target", "benchmark-reminders.md"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }
}
