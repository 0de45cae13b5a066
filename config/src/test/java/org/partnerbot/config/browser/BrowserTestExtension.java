package org.partnerbot.config.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each {@link BrowserTest} class one browser, started before its first test and closed after the class. The
 * browser is started (or found missing) before each test rather than when its parameter is resolved, because JUnit
 * turns a skip thrown by a parameter resolver into an error.
 */
final class BrowserTestExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserTestExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        // A browser that could not start is not tried again for every test of the class: why is kept instead.
        Object browser = classStore(context).getOrComputeIfAbsent(Browser.class, key -> start(context));
        if (browser instanceof Unavailable unavailable) {
            unavailable.rethrow();
        }
        ((Browser) browser).chromium().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HeadlessChromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (classStore(context).get(Browser.class) instanceof Browser browser) {
            return browser.chromium();
        }
        throw new IllegalStateException("a HeadlessChromium is given to test methods of a @BrowserTest class only");
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(NAMESPACE);
    }

    private static Object start(ExtensionContext context) {
        Path output = Path.of(System.getProperty("basedir", "."), "target", "browser",
                context.getRequiredTestClass().getSimpleName());
        try {
            return new Browser(BrowserSetup.fromEnvironment().startChromium(output));
        } catch (AssertionError | RuntimeException failed) {
            return new Unavailable(failed);
        }
    }

    /** Why this class has no browser: a skip, or a failure when browser tests are required. */
    private record Unavailable(Throwable failure) {
        void rethrow() {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
    }

    /** Closed by JUnit with the class's store. */
    private record Browser(HeadlessChromium chromium) implements AutoCloseable {
        @Override
        public void close() {
            chromium.close();
        }
    }
}
