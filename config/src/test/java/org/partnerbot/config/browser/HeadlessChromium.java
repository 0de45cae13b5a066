package org.partnerbot.config.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. The driver path is given to Selenium, so Selenium
 * Manager never runs and nothing is downloaded; the flags keep Chromium off the network (this machine's is closed) and
 * each browser gets a fresh profile, removed on {@link #close()}. Files it makes go under {@code outputDirectory}.
 */
public final class HeadlessChromium implements AutoCloseable {

    /**
     * As the machine notes say (without the background-networking ones Chromium keeps dialling Google's hosts), and
     * shared memory in the temp directory: Debian's launcher means to add that when /dev/shm is small, but its check
     * fails on machines where /dev/shm is listed twice.
     */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--window-size=1280,900", "--lang=en-GB");
    /** chromedriver's warnings and Chromium's own output, in the output directory. */
    static final String DRIVER_LOG = "chromedriver.log";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium version; none are needed, since
     * CDP commands go through chromedriver ({@link ChromeDriver#executeCdpCommand}). Held here: JUL forgets the level of
     * a logger nobody references.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path outputDirectory;
    private final String axeScript;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile, Path outputDirectory,
            String axeScript) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.outputDirectory = outputDirectory;
        this.axeScript = axeScript;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Starts a browser; throws when it cannot (see {@link BrowserSetup#missing()} to know beforehand). */
    public static HeadlessChromium start(BrowserSetup setup, Path outputDirectory) {
        Path profile = null;
        ChromeDriverService service = null;
        try {
            String axe = Files.readString(setup.axeScript(), StandardCharsets.UTF_8);
            Files.createDirectories(outputDirectory);
            profile = Files.createTempDirectory("partnerbot-chromium-");
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(setup.chromedriver().toFile())
                    .usingAnyFreePort()
                    .withLogFile(outputDirectory.resolve(DRIVER_LOG).toFile())
                    .withAppendLog(true)
                    .withLogLevel(ChromiumDriverLogLevel.WARNING)
                    .build();
            ChromeOptions options = new ChromeOptions().setBinary(setup.chromium().toFile()).addArguments(FLAGS)
                    .addArguments("--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
            } catch (RuntimeException e) {
                driver.quit();
                throw e;
            }
            return new HeadlessChromium(service, driver, profile, outputDirectory, axe);
        } catch (IOException e) {
            cleanUp(service, profile);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cleanUp(service, profile);
            throw e;
        }
    }

    /** The Selenium driver itself, for what this class does not offer (find, click, type, keyboard focus). */
    public ChromeDriver driver() {
        return driver;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    /** Loads {@code url} and waits until the page has loaded. */
    public void open(URI url) {
        driver.get(url.toString());
    }

    /**
     * Sets {@code cookie} for {@code url}'s site first, so even the first request carries it (a session cookie that is
     * {@code HttpOnly} and {@code SameSite=Strict}, as a signed-in reader's browser would hold), then loads the page.
     */
    public void open(URI url, Cookie cookie) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("url", url.resolve("/").toString());
        params.put("name", cookie.getName());
        params.put("value", cookie.getValue());
        params.put("path", cookie.getPath() == null ? "/" : cookie.getPath());
        params.put("httpOnly", cookie.isHttpOnly());
        params.put("secure", cookie.isSecure());
        if (cookie.getSameSite() != null) {
            params.put("sameSite", cookie.getSameSite());
        }
        Map<String, Object> answer = driver.executeCdpCommand("Network.setCookie", params);
        if (!Boolean.TRUE.equals(answer.get("success"))) {
            throw new IllegalArgumentException("Chromium refused the cookie " + cookie.getName() + " for " + url);
        }
        open(url);
    }

    /**
     * Lays pages out in a viewport {@code width} CSS pixels wide, as on a phone (375 px), until {@link #desktop}; the
     * screenshot then shows what that reader sees. Not as a "mobile" device: that one zooms a page out to fit whatever
     * sticks out, which would hide the very overflow a test looks for.
     */
    public void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window's own 1280 × 900. */
    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * What sticks out of a screen {@code width} CSS pixels wide: each element, outside a region meant to scroll (a wide
     * table in its {@code .scroll} box), whose right edge passes it, by tag, class and the start of its text.
     */
    @SuppressWarnings("unchecked")
    public List<String> overflowing(int width) {
        return (List<String>) driver.executeScript("""
                const width = arguments[0];
                const out = [];
                for (const e of document.body.querySelectorAll('*')) {
                  if (e.closest('.scroll') || e.closest('svg') || e.closest('.skip')) continue;
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > width + 1) {
                    out.push(e.tagName.toLowerCase() + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 40)
                        + '" right=' + Math.round(r.right) + ' > ' + width);
                  }
                }
                return out;
                """, width);
    }

    /** Forgets every cookie and leaves the current page, so the next test starts signed out. */
    public void reset() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
    }

    /**
     * The page's content size once Chromium has laid it out: on a loaded machine the load event can come before the
     * first layout, when the size is still 0 and no screenshot can be taken.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> laidOutContent() {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (true) {
            Map<String, Object> content = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            if (((Number) content.get("width")).doubleValue() > 0 || System.nanoTime() > until) {
                return content;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return content;
            }
        }
    }

    /** A PNG of the whole page, not just the window, saved as {@code name.png} in the output directory. */
    public Path screenshot(String name) {
        Map<String, Object> content = laidOutContent();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", Math.ceil(((Number) content.get("width")).doubleValue()),
                "height", Math.ceil(((Number) content.get("height")).doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return save(name + ".png", Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * Runs axe-core on the current page with its default rules (WCAG 2.x A and AA, and best practice). The script is
     * injected through WebDriver, which a page's Content-Security-Policy does not stop.
     */
    public AxeReport checkAccessibility() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axeScript);
        }
        Object answer = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {resultTypes: ['violations']}).then(result => done({
                  url: result.url,
                  passes: result.passes.length,
                  violations: result.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                    helpUrl: v.helpUrl, nodes: v.nodes.map(n => ({target: n.target.map(String).join(' '),
                      html: n.html, failureSummary: n.failureSummary || ''}))}))
                }), error => done({error: String(error && error.stack || error)}));
                """);
        return axeReport(answer);
    }

    @SuppressWarnings("unchecked")
    private static AxeReport axeReport(Object answer) {
        Map<String, Object> result = (Map<String, Object>) answer;
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        List<AxeViolation> violations = ((List<Map<String, Object>>) result.get("violations")).stream()
                .map(v -> new AxeViolation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), ((List<Map<String, Object>>) v.get("nodes")).stream()
                                .map(n -> new AxeViolation.Node((String) n.get("target"), (String) n.get("html"),
                                        (String) n.get("failureSummary")))
                                .toList()))
                .toList();
        return new AxeReport((String) result.get("url"), ((Number) result.get("passes")).intValue(), violations);
    }

    /** Prints the current page on A4 with backgrounds (as a reader's "Save as PDF" would), saved as {@code name.pdf}. */
    public PrintedPdf printToPdf(String name) {
        laidOutContent();
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        return PrintedPdf.write(outputDirectory.resolve(name + ".pdf"), pdf);
    }

    private Path save(String fileName, byte[] content) {
        Path file = outputDirectory.resolve(fileName);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            cleanUp(service, profile);
        }
    }

    private static void cleanUp(ChromeDriverService service, Path profile) {
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A profile left in the temp directory harms nothing; the next browser makes its own.
            }
        }
    }
}
