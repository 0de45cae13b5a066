package org.partnerbot.config.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Capabilities;

/** The browser is Debian's, driven by Debian's chromedriver; Selenium Manager never runs; the profile goes with it. */
@Tag("browser")
class HeadlessChromiumStartTest {

    @Test
    void startsDebiansChromiumWithAFreshProfileAndNoSeleniumManager(@TempDir Path output) throws Exception {
        BrowserSetup setup = BrowserSetup.fromEnvironment();
        Path profile;
        try (LogRecorder driverFinder = new LogRecorder("org.openqa.selenium.remote.service.DriverFinder");
                LogRecorder seleniumManager = new LogRecorder("org.openqa.selenium.manager.SeleniumManager")) {
            try (HeadlessChromium browser = setup.startChromium(output)) {
                Capabilities capabilities = browser.driver().getCapabilities();
                @SuppressWarnings("unchecked")
                Map<String, Object> chrome = (Map<String, Object>) capabilities.getCapability("chrome");
                profile = Path.of((String) chrome.get("userDataDir"));

                assertThat(capabilities.getBrowserVersion()).isEqualTo(versionPrintedBy(setup.chromium()));
                assertThat((String) chrome.get("chromedriverVersion")).startsWith(versionPrintedBy(setup.chromedriver()));
                assertThat(profile.getFileName().toString()).startsWith("partnerbot-chromium-");
                assertThat(profile).isDirectory();
            }
            assertThat(driverFinder.messages()).anyMatch(message -> message.startsWith("Skipping Selenium Manager"));
            assertThat(seleniumManager.messages()).isEmpty();
        }
        assertThat(profile).doesNotExist();
    }

    private static String versionPrintedBy(Path program) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(program.toString(), "--version").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher version = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+").matcher(printed);
        assertThat(version.find()).as("a version in '%s'", printed).isTrue();
        return version.group();
    }

    /** Every message one java.util.logging logger (Selenium's choice) writes, down to FINE, while open. */
    private static final class LogRecorder extends Handler implements AutoCloseable {
        private final Logger logger;
        private final Level previous;
        private final List<String> messages = new CopyOnWriteArrayList<>();

        LogRecorder(String name) {
            logger = Logger.getLogger(name);
            previous = logger.getLevel();
            logger.setLevel(Level.FINE);
            logger.addHandler(this);
        }

        List<String> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void publish(LogRecord record) {
            messages.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setLevel(previous);
        }
    }
}
