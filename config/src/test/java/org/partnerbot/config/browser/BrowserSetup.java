package org.partnerbot.config.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;

/**
 * Where the browser, its driver and axe-core are, read from the environment, and what to do when one is missing:
 * skip (a developer with only Java and Maven) or fail ({@code .ci/run} sets {@value #MODE} to {@code required}).
 *
 * @param chromium       the browser ({@value #CHROMIUM}, default {@value #DEFAULT_CHROMIUM})
 * @param chromedriver   its driver ({@value #CHROMEDRIVER}, default {@value #DEFAULT_CHROMEDRIVER})
 * @param axeScript      axe.min.js ({@value #AXE_JS}, default {@value #DEFAULT_AXE_JS} in the clone)
 * @param required       whether a browser that is missing or will not start fails the tests instead of skipping them
 */
public record BrowserSetup(Path chromium, Path chromedriver, Path axeScript, boolean required) {

    public static final String MODE = "PARTNERBOT_BROWSER_TESTS";
    public static final String AXE_JS = "PARTNERBOT_AXE_JS";
    public static final String CHROMIUM = "PARTNERBOT_CHROMIUM";
    public static final String CHROMEDRIVER = "PARTNERBOT_CHROMEDRIVER";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String DEFAULT_AXE_JS = ".ci/node_modules/axe-core/axe.min.js";
    static final String HOW_TO_ENABLE = "to run them, install Debian's chromium and chromium-driver and npm axe-core into "
            + ".ci/node_modules (bash .ci/run does both), or set " + AXE_JS + "; " + MODE + "=required fails instead of skipping";

    /** One line per test run says why browser tests were skipped; each skipped test's report says it again. */
    private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

    /** The setup of this test run: the process environment, the clone found from Maven's {@code basedir}. */
    public static BrowserSetup fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("basedir", System.getProperty("user.dir"))));
    }

    /** {@code workingDirectory} is a module or the clone's root: the default axe.min.js is looked for from there up. */
    static BrowserSetup fromEnvironment(Map<String, String> env, Path workingDirectory) {
        String mode = env.getOrDefault(MODE, "auto").trim();
        if (!mode.equals("auto") && !mode.equals("required")) {
            throw new IllegalArgumentException(MODE + " must be 'required' or 'auto' (the default), not '" + mode + "'");
        }
        Path axe = Optional.ofNullable(env.get(AXE_JS)).filter(value -> !value.isBlank()).map(Path::of)
                .orElseGet(() -> defaultAxeScript(workingDirectory.toAbsolutePath()));
        return new BrowserSetup(Path.of(env.getOrDefault(CHROMIUM, DEFAULT_CHROMIUM)),
                Path.of(env.getOrDefault(CHROMEDRIVER, DEFAULT_CHROMEDRIVER)), axe, mode.equals("required"));
    }

    private static Path defaultAxeScript(Path workingDirectory) {
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DEFAULT_AXE_JS))) {
                return dir.resolve(DEFAULT_AXE_JS);
            }
        }
        return workingDirectory.resolve(DEFAULT_AXE_JS);
    }

    /** What stops browser tests from running here, one clause per missing piece; empty when all is in place. */
    public Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("no browser at " + chromium);
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("no chromedriver at " + chromedriver);
        }
        if (!Files.isRegularFile(axeScript)) {
            missing.add("no axe-core at " + axeScript);
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }

    /** Fails when required, else aborts the test (a JUnit assumption) with one line saying how to enable it. */
    void unavailable(String why, Throwable cause) {
        if (required) {
            throw new AssertionError("Browser tests are required (" + MODE + "=required) but cannot run: " + why, cause);
        }
        Assumptions.abort("Browser tests skipped: " + why + "; " + HOW_TO_ENABLE);
    }

    /** Skips the test, or fails it when required, if something is missing. */
    public BrowserSetup requireAvailable() {
        missing().ifPresent(why -> unavailable(why, null));
        return this;
    }

    /**
     * Starts a browser for a test; when that cannot be done, skips the test or, when required, fails it. The first skip
     * in a test run also prints its reason, since Maven's summary only counts skipped tests.
     */
    public HeadlessChromium startChromium(Path outputDirectory) {
        try {
            requireAvailable();
            try {
                return HeadlessChromium.start(this, outputDirectory);
            } catch (RuntimeException e) {
                unavailable("Chromium did not start (" + e.getMessage().lines().findFirst().orElse("").strip() + " See "
                        + outputDirectory.resolve(HeadlessChromium.DRIVER_LOG) + ")", e);
                throw e;
            }
        } catch (TestAbortedException skipped) {
            if (SKIP_ANNOUNCED.compareAndSet(false, true)) {
                System.out.println("[browser] " + skipped.getMessage());
            }
            throw skipped;
        }
    }
}
