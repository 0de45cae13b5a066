package org.partnerbot.core.i18n;

import org.partnerbot.core.reply.Reply;

/**
 * The words a renderer adds to a reply (a file's note, the notice of a cut or a repeat) in the language the reply says
 * its reader reads. A reply that does not say was written before replies carried their language: it is English.
 */
public final class ReplyTexts {

    private ReplyTexts() {
    }

    public static Texts of(Reply reply) {
        return IcuMessages.standard().in(Language.parse(reply.language()).orElse(Language.EN));
    }
}
