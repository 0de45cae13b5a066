package org.partnerbot.config.http;

import org.partnerbot.core.i18n.BrowserLanguage;
import org.partnerbot.core.i18n.IcuMessages;

/**
 * A plain-text answer a person may read in a browser (a wrong address, a wrong method, a failure with its reference):
 * in the language the browser asks for, since nobody is signed in to say theirs.
 */
public final class BrowserAnswer {

    private BrowserAnswer() {
    }

    /** @param acceptLanguage the request's {@code Accept-Language} header, or null */
    public static HttpAnswer text(int status, String acceptLanguage, String key, Object... args) {
        return HttpAnswer.text(status, IcuMessages.standard().in(BrowserLanguage.of(acceptLanguage)).t(key, args) + "\n");
    }
}
