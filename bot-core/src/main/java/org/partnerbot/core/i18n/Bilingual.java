package org.partnerbot.core.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Reply;

/**
 * One post in each of a channel's languages, joined in order (Welsh first when the policy is bilingual). The texts
 * are repeated, the actions are not: one set of buttons follows both texts, each labelled in both languages
 * ("Hawlio / Claim"), since pressing either would run the same command.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /** The reply written once per language and joined; its audience and reading language are the first one's. */
    public static Reply compose(List<Texts> voices, Function<Texts, Reply> write) {
        if (voices.size() == 1) {
            Reply only = write.apply(voices.get(0));
            return only.language() == null ? only.in(voices.get(0).language().code()) : only;
        }
        List<Reply> written = voices.stream().map(write).toList();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        List<Button> actions = new ArrayList<>();
        for (Reply r : written) {
            for (Block b : r.blocks()) {
                if (b instanceof Block.Buttons bs) {
                    bs.buttons().forEach(x -> {
                        if (labels.computeIfAbsent(same(x), k -> new ArrayList<>()).isEmpty()) {
                            actions.add(x);
                        }
                        labels.get(same(x)).add(x.label());
                    });
                } else if (b instanceof Block.ListBlock l) {
                    l.items().stream().filter(i -> i.button() != null)
                            .forEach(i -> labels.computeIfAbsent(same(i.button()), k -> new ArrayList<>()).add(i.button().label()));
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int v = 0; v < written.size(); v++) {
            boolean last = v == written.size() - 1;
            for (Block b : written.get(v).blocks()) {
                if (b instanceof Block.Buttons) {
                    continue;
                }
                if (b instanceof Block.ListBlock l) {
                    // A list's own buttons (Claim beside a duty) stay once, beside the last language's list.
                    blocks.add(new Block.ListBlock(l.title(), l.items().stream().map(i -> new Block.Item(i.line(),
                            i.button() == null || !last ? null : relabel(i.button(), labels))).toList(), l.emptyText()));
                } else {
                    blocks.add(b);
                }
            }
        }
        if (!actions.isEmpty()) {
            blocks.add(new Block.Buttons(actions.stream().map(x -> relabel(x, labels)).toList()));
        }
        Reply first = written.get(0);
        return new Reply(first.audience(), blocks, first.continuation(), voices.get(0).language().code());
    }

    /** A text in each language, joined by " / " for places that take one string (a file name, a heading). */
    public static String join(List<Texts> voices, Function<Texts, String> write) {
        return String.join(" / ", voices.stream().map(write).distinct().toList());
    }

    // Buttons are the same action when they run the same command; only their labels differ by language.
    private static String same(Button b) {
        return b.actionId() + "\n" + b.command() + "\n" + b.partnershipId();
    }

    private static Button relabel(Button b, Map<String, List<String>> labels) {
        String label = String.join(" / ", labels.getOrDefault(same(b), List.of(b.label())).stream().distinct().toList());
        return new Button(label, b.actionId(), b.command(), b.prompt(), b.partnershipId(), b.from());
    }
}
