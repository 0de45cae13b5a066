package org.partnerbot.core.i18n;

import org.partnerbot.core.reply.Pages;
import org.partnerbot.core.reply.Reply;

/** The words of a cut reply ("Show more", "Showing 1–30 of 80") in its reader's language, for the renderers. */
public final class PageTexts implements Pages.Words {

    private final Texts texts;

    private PageTexts(Texts texts) {
        this.texts = texts;
    }

    public static PageTexts of(Texts texts) {
        return new PageTexts(texts);
    }

    /** In the language the reply says its reader reads; English when it does not say. */
    public static PageTexts of(Reply reply) {
        return of(ReplyTexts.of(reply));
    }

    @Override
    public String showMore() {
        return texts.t("pages.showMore");
    }

    @Override
    public String showing(int from, int to, int size) {
        return texts.t("pages.showing", from, to, size, showMore());
    }

    @Override
    public String notShown(int more) {
        return texts.t("pages.notShown", more);
    }
}
