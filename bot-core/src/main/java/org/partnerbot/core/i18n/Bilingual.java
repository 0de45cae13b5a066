package org.partnerbot.core.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;

/** One post in each of a channel's languages, joined in order (Welsh first when the policy is bilingual). */
public final class Bilingual {

    private Bilingual() {
    }

    /** The reply written once per language and joined; its audience is the first one's. */
    public static Reply compose(List<Texts> voices, Function<Texts, Reply> write) {
        if (voices.size() == 1) {
            return write.apply(voices.get(0));
        }
        Reply first = null;
        List<Block> blocks = new ArrayList<>();
        for (Texts voice : voices) {
            Reply r = write.apply(voice);
            if (first == null) {
                first = r;
            }
            blocks.addAll(r.blocks());
        }
        return new Reply(first.audience(), blocks);
    }

    /** A text in each language, joined by " / " for places that take one string (a file name, a heading). */
    public static String join(List<Texts> voices, Function<Texts, String> write) {
        return String.join(" / ", voices.stream().map(write).distinct().toList());
    }
}
