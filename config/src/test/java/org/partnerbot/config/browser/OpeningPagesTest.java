package org.partnerbot.config.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/** Opening a page as a signed-in reader: the session cookie is on the very first request, and reset forgets it. */
@BrowserTest
class OpeningPagesTest {

    @RegisterExtension
    static final LoopbackSite site = LoopbackSite.start();

    @Test
    void aCookieGivenToOpenIsSentWithTheFirstRequestAndHiddenFromScripts(HeadlessChromium browser) {
        Cookie session = new Cookie.Builder("partnerbot_session", "s3ss10n").isHttpOnly(true).sameSite("Strict").build();

        browser.open(site.url("/good.html"), session);

        assertThat(cookiesSentFor("/good.html")).containsExactly("partnerbot_session=s3ss10n");
        assertThat(cookiesSentFor("/site.css")).containsOnly("partnerbot_session=s3ss10n");
        assertThat(browser.driver().executeScript("return document.cookie")).isEqualTo("");
    }

    @Test
    void resetSignsTheBrowserOut(HeadlessChromium browser) {
        browser.open(site.url("/tall.html"), new Cookie("partnerbot_session", "before-reset"));
        browser.reset();

        browser.open(site.url("/bad.html"));

        assertThat(cookiesSentFor("/tall.html")).containsExactly("partnerbot_session=before-reset");
        assertThat(cookiesSentFor("/bad.html")).containsExactly("");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/bad.html");
    }

    private static List<String> cookiesSentFor(String path) {
        return site.requests().stream().filter(request -> request.path().equals(path)).map(LoopbackSite.Request::cookie)
                .toList();
    }
}
