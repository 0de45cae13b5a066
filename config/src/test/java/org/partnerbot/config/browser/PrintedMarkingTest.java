package org.partnerbot.config.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Print to PDF, read back page by page: a classification repeated by CSS is on every printed page, and a document that
 * carries it only once fails the check, naming the pages without it.
 */
@BrowserTest
class PrintedMarkingTest {

    private static final String MARKING = "OFFICIAL-SENSITIVE";

    @RegisterExtension
    static final LoopbackSite site = LoopbackSite.start();

    /** One evidence pack, printed twice: marked as the dashboard should mark it, and marked only at its start. */
    @BeforeAll
    static void twoPrintings() {
        String pack = LoopbackSite.text("/evidence-pack.html");
        site.add("/marked-document.html", pack
                .replace("<!-- stylesheet -->", "<link rel=\"stylesheet\" href=\"/marked.css\">")
                .replace("<!-- top -->", "<p class=\"marking top\">" + MARKING + "</p>")
                .replace("<!-- bottom -->", "<p class=\"marking bottom\">" + MARKING + "</p>"));
        site.add("/unmarked-document.html", pack.replace("<!-- top -->", "<p class=\"marking\">" + MARKING + "</p>"));
    }

    @Test
    void aFixedMarkingIsPrintedOnEveryA4Page(HeadlessChromium browser) {
        browser.open(site.url("/marked-document.html"));

        PrintedPdf pdf = browser.printToPdf("marked-document");

        assertThat(pdf.file()).isEqualTo(browser.outputDirectory().resolve("marked-document.pdf"));
        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(pdf.pages()).allMatch(PrintedPdf.Page::isA4);
        assertThat(pdf.pageTexts().get(0)).contains("Evidence pack: overview").doesNotContain("Follow up referral");
        // The action log runs from page 2 onto page 3 by itself: the marking holds on pages CSS did not break.
        assertThat(pdf.pageTexts().get(1)).contains("Action log", "Follow up referral 1 ").doesNotContain("referral 60");
        assertThat(pdf.pageTexts().get(2)).contains("Follow up referral 60").doesNotContain("Action log");
        assertThat(pdf.pagesWithout(MARKING)).isEmpty();
        pdf.assertEveryPageCarries(MARKING);
    }

    @Test
    void aMarkingOnlyAtTheStartFailsTheCheckForTheOtherPages(HeadlessChromium browser) {
        browser.open(site.url("/unmarked-document.html"));

        PrintedPdf pdf = browser.printToPdf("unmarked-document");

        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(pdf.pagesWithout(MARKING)).containsExactly(2, 3);
        assertThatThrownBy(() -> pdf.assertEveryPageCarries(MARKING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("'OFFICIAL-SENSITIVE' is missing from page(s) 2, 3 of 3")
                .hasMessageContaining("page 2 begins: Action log No. Action Owning agency Due 1 Follow up referral 1");
    }
}
