package org.partnerbot.config.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Main;
import org.partnerbot.config.Settings;
import org.partnerbot.config.SettingsException;
import org.partnerbot.core.testing.TestDatabases;

/** The README's Welsh console transcript is what {@code docs/demo-cy.txt} really prints with PARTNERBOT_LANGUAGE=cy. */
class WelshConsoleTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmesWelshTranscriptIsWhatTheConsolePrints(@TempDir Path dir) throws IOException {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0",
                "PARTNERBOT_MANAGEMENT_PORT", "0", "PARTNERBOT_LANGUAGE", "cy"));
        String script = Files.readString(ROOT.resolve("docs/demo-cy.txt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("--console"), settings, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String printed = String.join("\n", out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("bot> ")).toList());
        System.out.println(printed);
        assertThat(printed).isEqualTo(readmeTranscript());
    }

    @Test
    void anUnknownConsoleLanguageStopsStartUpNamingTheVariable() {
        Settings settings = new Settings(Map.of("PARTNERBOT_LANGUAGE", "fr"));
        org.assertj.core.api.Assertions.assertThatThrownBy(settings::consoleLanguage).isInstanceOf(SettingsException.class)
                .hasMessageContaining("PARTNERBOT_LANGUAGE");
    }

    private static String readmeTranscript() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("## Cymraeg: English and Welsh.*?What the bot said.*?```text\n(.*?)\n```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a Welsh transcript").isTrue();
        return m.group(1);
    }
}
