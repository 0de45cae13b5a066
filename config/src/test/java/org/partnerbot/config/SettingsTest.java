package org.partnerbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings as the environment gives them: what is kept, what wins, and what a bad value says. */
class SettingsTest {

    @Test
    void portFromThePlatformIsHonouredWhenPartnerbotPortIsAbsent() {
        assertThat(Settings.fromEnvironment(Map.of("PORT", "4123", "HOME", "/root")).port()).isEqualTo(4123);
    }

    @Test
    void partnerbotPortWinsOverPort() {
        assertThat(Settings.fromEnvironment(Map.of("PORT", "4123", "PARTNERBOT_PORT", "4555")).port()).isEqualTo(4555);
    }

    @Test
    void withNeitherTheDefaultPortIsUsedAndOtherVariablesAreNotKept() {
        Settings settings = Settings.fromEnvironment(Map.of("HOME", "/root", "PORTAL", "1"));
        assertThat(settings.port()).isEqualTo(3978);
        assertThat(settings.has("HOME")).isFalse();
        assertThat(settings.has("PORTAL")).isFalse();
    }

    @Test
    void aBadPortNamesTheVariableItCameFrom() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "eighty")).port())
                .isInstanceOf(SettingsException.class).hasMessage("PORT must be a port number (0-65535), not \"eighty\".");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PARTNERBOT_PORT", "70000", "PORT", "80")).port())
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("PARTNERBOT_PORT must be a port number");
    }
}
