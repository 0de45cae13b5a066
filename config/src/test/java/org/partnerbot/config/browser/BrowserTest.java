package org.partnerbot.config.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs in headless Chromium: its test methods take a {@link HeadlessChromium} parameter. One browser
 * serves the whole class, signed out and on a blank page at the start of each test; files go to
 * {@code target/browser/<class name>/}. Without a browser the tests are skipped, unless
 * {@value BrowserSetup#MODE}{@code =required}. Tagged {@code browser}: {@code -Dsurefire.excludedGroups=benchmark,browser}
 * leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserTestExtension.class)
public @interface BrowserTest {
}
