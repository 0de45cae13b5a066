package org.partnerbot.config.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** axe-core in Chromium on pages under a strict Content-Security-Policy: it passes a good page and names a bad one's faults. */
@BrowserTest
class AccessibilityCheckTest {

    @RegisterExtension
    static final LoopbackSite site = LoopbackSite.start();

    @Test
    void aGoodPageUnderAStrictPolicyPasses(HeadlessChromium browser) {
        browser.open(site.url("/good.html"));

        AxeReport report = browser.checkAccessibility();

        // The page's own inline script was blocked: the policy is in force, and axe ran all the same.
        assertThat(browser.driver().executeScript("return document.documentElement.getAttribute('data-inline-script')"))
                .isNull();
        assertThat(browser.driver().getTitle()).isEqualTo("Overview · Northside Children's Partnership");
        assertThat(report.url()).endsWith("/good.html");
        assertThat(report.rulesPassed()).isGreaterThan(10);
        assertThat(report.violations()).isEmpty();
        report.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void aBadPageReportsEachFaultWithItsElement(HeadlessChromium browser) {
        browser.open(site.url("/bad.html"));

        AxeReport report = browser.checkAccessibility();

        assertThat(report.seriousOrCritical()).extracting(AxeViolation::id, AxeViolation::impact)
                .contains(tuple("image-alt", "critical"),
                        tuple("label", "critical"),
                        tuple("color-contrast", "serious"));
        assertThat(targetsOf(report, "image-alt")).containsExactly("#logo");
        assertThat(targetsOf(report, "label")).containsExactly("#email");
        assertThat(targetsOf(report, "color-contrast")).containsExactly("#note");
        assertThatThrownBy(report::assertNoSeriousOrCriticalViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/bad.html")
                .hasMessageContaining("critical image-alt: Images must have alternative text")
                .hasMessageContaining("at #logo  <img id=\"logo\"")
                .hasMessageContaining("serious color-contrast")
                .hasMessageContaining("at #email");
    }

    @Test
    void checkingTwiceOnOnePageInjectsAxeOnce(HeadlessChromium browser) {
        browser.open(site.url("/bad.html"));

        AxeReport first = browser.checkAccessibility();
        AxeReport second = browser.checkAccessibility();

        assertThat(second.violations()).isEqualTo(first.violations());
    }

    private static List<String> targetsOf(AxeReport report, String rule) {
        return report.violations().stream().filter(v -> v.id().equals(rule))
                .flatMap(v -> v.nodes().stream()).map(AxeViolation.Node::target).toList();
    }
}
