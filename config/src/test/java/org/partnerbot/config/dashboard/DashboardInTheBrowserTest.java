package org.partnerbot.config.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.partnerbot.config.browser.AxeReport;
import org.partnerbot.config.browser.BrowserTest;
import org.partnerbot.config.browser.HeadlessChromium;
import org.partnerbot.config.browser.PrintedPdf;

/**
 * Every page of a seeded partnership in headless Chromium, signed in through the link as a person would: a full-page
 * screenshot of each (in target/browser/DashboardInTheBrowserTest/), axe-core with no serious or critical violation
 * (WCAG 2.x A and AA), keyboard focus that shows, and the evidence pack printed to A4 with the classification on every
 * page.
 */
@BrowserTest
class DashboardInTheBrowserTest {

    private static DashboardSite site;
    private static String base;

    @BeforeAll
    static void seed() {
        site = DashboardSite.seededPlain();
        base = "/dashboard/p/" + site.partnershipId("C-test") + "/";
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void everyPageOpensLooksRightAndPassesAxe(HeadlessChromium browser) {
        signIn(browser, "priya");
        for (String page : List.of("", "duties", "actions", "meetings", "trends", "evidence")) {
            browser.open(site.url(base + page));
            String name = page.isEmpty() ? "overview" : page;
            Path shot = browser.screenshot(name);
            assertThat(shot).isRegularFile();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
            AxeReport report = browser.checkAccessibility();
            assertThat(report.rulesPassed()).as(name).isPositive();
            report.assertNoSeriousOrCriticalViolations();
        }
        browser.open(site.url("/dashboard/"));
        browser.screenshot("partnerships");
        browser.checkAccessibility().assertNoSeriousOrCriticalViolations();
    }

    @Test
    void aWelshReadersPagesAreWelshPassAxeAndFitAPhoneAndADesktop(HeadlessChromium browser) {
        site.driver.say("sam", "language policy cy");
        site.driver.say("priya", "language cy");
        // Every page at both sizes is looked at, and every screenshot taken, before the test says what failed.
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        try {
            signIn(browser, "priya");
            for (String page : List.of("", "duties", "actions", "meetings", "trends", "evidence?from=2026-11-01&to=2026-12-31")) {
                String name = "cy-" + (page.isEmpty() ? "overview" : page.replaceFirst("\\?.*", ""));
                for (boolean phone : List.of(false, true)) {
                    if (phone) {
                        browser.phone(375);
                    } else {
                        browser.desktop();
                    }
                    browser.open(site.url(base + page));
                    String shot = name + (phone ? "-375px" : "");
                    browser.screenshot(shot);
                    softly.assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).as(shot)
                            .isEqualTo("cy");
                    // Long Welsh words wrap: nothing but a table in its scrolling box is wider than the screen.
                    softly.assertThat(browser.overflowing(phone ? 375 : 1280)).as(shot).isEmpty();
                    AxeReport report = browser.checkAccessibility();
                    softly.assertThat(report.rulesPassed()).as(shot).isPositive();
                    softly.assertThatCode(report::assertNoSeriousOrCriticalViolations).as(shot).doesNotThrowAnyException();
                }
            }
            softly.assertAll();
        } finally {
            browser.desktop();
            site.driver.say("priya", "language en");
            site.driver.say("sam", "language policy en");
        }
    }

    @Test
    void aBilingualEvidencePackPassesAxeAndPrintsWelshFirstWithTheClassificationOnEveryPage(HeadlessChromium browser)
            throws Exception {
        site.driver.say("sam", "language policy bilingual");
        try {
            signIn(browser, "priya");
            browser.open(site.url(base + "evidence?from=2026-11-01&to=2026-12-31"));
            browser.screenshot("bilingual-evidence");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
            assertThat(browser.driver().findElement(By.cssSelector(".edition.break")).getAttribute("lang")).isEqualTo("en-GB");
            browser.checkAccessibility().assertNoSeriousOrCriticalViolations();

            PrintedPdf pdf = browser.printToPdf("bilingual-evidence-pack");
            pdf.assertEveryPageCarries("OFFICIAL");
            String all = String.join("\n", pdf.pageTexts());
            assertThat(pdf.pageTexts().get(0)).contains("Pecyn tystiolaeth", "Ffigurau");
            assertThat(all.indexOf("Evidence pack in English")).isGreaterThan(all.indexOf("Tueddiadau yn y cyfnod"));
            assertThat(all).contains("Figures for the period", "Trends in the period").doesNotContain("Allgofnodi");
        } finally {
            site.driver.say("sam", "language policy en");
        }
    }

    @Test
    void theActionLogFiltersWithTheKeyboardAloneAndFocusIsVisible(HeadlessChromium browser) {
        signIn(browser, "dan");
        browser.open(site.url(base + "actions"));
        WebElement status = browser.driver().findElement(By.id("status"));
        status.sendKeys("Open");
        status.sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Show");
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        focused.sendKeys(Keys.ENTER);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/actions?agency=&status=open");
        String table = browser.driver().findElement(By.tagName("table")).getText();
        assertThat(table).contains("review the escalation policy").doesNotContain("share the referral list");
        browser.screenshot("actions-open");
    }

    @Test
    void theEvidencePackPrintsOnA4WithTheClassificationOnEveryPage(HeadlessChromium browser) throws Exception {
        signIn(browser, "priya");
        browser.open(site.url(base + "evidence?from=2026-11-01&to=2026-12-31"));

        PrintedPdf pdf = browser.printToPdf("evidence-pack");

        assertThat(pdf.pageCount()).isGreaterThan(3);
        assertThat(pdf.pages()).allMatch(PrintedPdf.Page::isA4);
        pdf.assertEveryPageCarries("OFFICIAL");
        assertThat(pdf.pageTexts().get(0)).contains("Evidence pack", "Figures for the period", "produced");
        assertThat(String.join("\n", pdf.pageTexts())).contains("Duties matrix", "Meetings in the period",
                "Trends in the period").doesNotContain("Sign out");
        assertThat(Files.size(pdf.file())).isPositive();
    }

    @Test
    void withoutASessionTheBrowserIsAskedToSignInAndSeesNoData(HeadlessChromium browser) {
        browser.open(site.url(base + "duties"));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to the dashboard");
        assertThat(browser.driver().getPageSource()).doesNotContain("Safeguarding lead");
        browser.checkAccessibility().assertNoSeriousOrCriticalViolations();
    }

    /** Opens the link `dashboard` gives and presses Sign in, as the person would. */
    private static void signIn(HeadlessChromium browser, String who) {
        browser.open(site.url(DashboardSite.signInLink(site.driver, who, "dashboard new")));
        browser.checkAccessibility().assertNoSeriousOrCriticalViolations();
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        awaitNavigationTo(browser, "/dashboard/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard/");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isIn("Your partnerships", "Eich partneriaethau");
        assertThat(browser.driver().executeScript("return document.cookie")).isEqualTo("");
    }

    /** A click on a submit button returns before the browser has followed the redirect: wait for it, boundedly. */
    private static void awaitNavigationTo(HeadlessChromium browser, String ending) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (!browser.driver().getCurrentUrl().endsWith(ending) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
