package org.partnerbot.config.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console's greeting says, in its own language, where that language comes from and how to choose another. */
class ConsoleBannerTest {

    @Test
    void theBannerNamesTheLanguageItsSourceAndTheCommand() {
        assertThat(banner("en")).contains("Partnerbot console", "Language: English, from PARTNERBOT_LANGUAGE=en",
                "`language cy`");
        assertThat(banner("cy")).contains("Consol Partnerbot", "Iaith: Cymraeg, o PARTNERBOT_LANGUAGE=cy", "`iaith cy`")
                .doesNotContain("Language:");
    }

    private static String banner(String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleMode.printBanner(new PrintStream(bytes, true, StandardCharsets.UTF_8), language);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
