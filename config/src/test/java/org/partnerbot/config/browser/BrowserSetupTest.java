package org.partnerbot.config.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Where the browser tests look for their tools, and how a missing one skips them, or fails them when required. */
class BrowserSetupTest {

    @TempDir
    Path clone;

    @Test
    void defaultsAreDebiansPathsAndTheAxeCoreThatCiRunInstalledInTheClone() throws Exception {
        Path axe = Files.createDirectories(clone.resolve(".ci/node_modules/axe-core")).resolve("axe.min.js");
        Files.writeString(axe, "/*! axe */");
        Path module = Files.createDirectories(clone.resolve("config"));

        BrowserSetup setup = BrowserSetup.fromEnvironment(Map.of(), module);

        assertThat(setup.chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
        assertThat(setup.chromedriver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
        assertThat(setup.axeScript()).isEqualTo(axe);
        assertThat(setup.required()).isFalse();
    }

    @Test
    void theEnvironmentNamesOtherPlacesAndRequiresTheBrowser() throws Exception {
        Path chromium = executable("chromium");
        Path driver = executable("chromedriver");
        Path axe = Files.writeString(clone.resolve("axe.min.js"), "/*! axe */");

        BrowserSetup setup = BrowserSetup.fromEnvironment(Map.of("PARTNERBOT_BROWSER_TESTS", "required",
                "PARTNERBOT_CHROMIUM", chromium.toString(), "PARTNERBOT_CHROMEDRIVER", driver.toString(),
                "PARTNERBOT_AXE_JS", axe.toString()), clone);

        assertThat(setup).isEqualTo(new BrowserSetup(chromium, driver, axe, true));
        assertThat(setup.missing()).isEmpty();
        assertThat(setup.requireAvailable()).isSameAs(setup);
    }

    @Test
    void withoutTheToolsBrowserTestsAreSkippedWithOneLineOnHowToEnableThem() {
        BrowserSetup setup = BrowserSetup.fromEnvironment(nothingInstalled("auto"), clone);

        assertThat(setup.missing()).contains("no browser at " + clone.resolve("none/chromium") + ", no chromedriver at "
                + clone.resolve("none/chromedriver") + ", no axe-core at " + clone.resolve("none/axe.min.js"));
        assertThatThrownBy(setup::requireAvailable)
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("Browser tests skipped: no browser at ")
                .hasMessageContaining("bash .ci/run")
                .hasMessageContaining("PARTNERBOT_BROWSER_TESTS=required")
                .hasMessageNotContaining("\n");
    }

    @Test
    void whenRequiredAMissingBrowserFailsInsteadOfSkipping() {
        BrowserSetup setup = BrowserSetup.fromEnvironment(nothingInstalled("required"), clone);

        assertThatThrownBy(setup::requireAvailable)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Browser tests are required (PARTNERBOT_BROWSER_TESTS=required) but cannot run: "
                        + "no browser at ");
    }

    @Test
    void whenRequiredADriverThatWillNotStartFailsTheTestsAndSaysWhereItsLogIs() throws Exception {
        Path brokenDriver = executable("chromedriver");
        Files.writeString(brokenDriver, "#!/bin/sh\necho 'cannot start' >&2\nexit 1\n");
        Path axe = Files.writeString(clone.resolve("axe.min.js"), "/*! axe */");
        Path output = clone.resolve("output");

        assertThatThrownBy(() -> new BrowserSetup(brokenDriver, brokenDriver, axe, true).startChromium(output))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Browser tests are required (PARTNERBOT_BROWSER_TESTS=required) but cannot run: "
                        + "Chromium did not start (")
                .hasMessageContaining("See " + output.resolve("chromedriver.log"));
    }

    @Test
    void anUnknownModeIsRefusedRatherThanTakenAsAuto() {
        assertThatThrownBy(() -> BrowserSetup.fromEnvironment(Map.of("PARTNERBOT_BROWSER_TESTS", "yes"), clone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PARTNERBOT_BROWSER_TESTS must be 'required' or 'auto' (the default), not 'yes'");
    }

    private Map<String, String> nothingInstalled(String mode) {
        return Map.of("PARTNERBOT_BROWSER_TESTS", mode, "PARTNERBOT_CHROMIUM", clone.resolve("none/chromium").toString(),
                "PARTNERBOT_CHROMEDRIVER", clone.resolve("none/chromedriver").toString(),
                "PARTNERBOT_AXE_JS", clone.resolve("none/axe.min.js").toString());
    }

    private Path executable(String name) throws Exception {
        return Files.createFile(clone.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
