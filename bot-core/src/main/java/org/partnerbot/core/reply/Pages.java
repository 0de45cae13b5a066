package org.partnerbot.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Cutting a long reply into messages a platform can hold. A reply is a run of parts: each block is one part, except
 * a list, whose every item is one (its title goes with its first item; a list cut in two shows its title again,
 * "continued"). A platform's renderer knows its own limits, so it says whether a slice fits and this class finds the
 * longest slice that does; the rest follows behind a "Show more" button that runs the reply's {@link Continuation}
 * again from where the message stopped, so nothing is lost or shown twice. The console prints every part.
 */
public final class Pages {

    /** The action id of every "Show more" button. */
    public static final String SHOW_MORE_ACTION = "reply.more";
    static final String CONTINUED = " (continued)";

    /**
     * The few words a cut reply needs, in its reader's language (the renderer asks the core's bundles for them):
     * this package writes no prose of its own.
     */
    public interface Words {
        /** The label of the button that carries on. */
        String showMore();

        /** Under a message showing parts {@code from} (1-based) to {@code to} of {@code size}. */
        String showing(int from, int to, int size);

        /** Under a message that could not show {@code more} parts and cannot be asked for again. */
        String notShown(int more);
    }

    private Pages() {
    }

    /** How many parts the reply has. */
    public static int size(Reply reply) {
        int n = 0;
        for (Block block : reply.blocks()) {
            n += parts(block);
        }
        return n;
    }

    /** Parts {@code from} (inclusive) to {@code to} (exclusive) as a reply of their own, with the same audience. */
    public static Reply slice(Reply reply, int from, int to) {
        List<Block> out = new ArrayList<>();
        int at = 0;
        for (Block block : reply.blocks()) {
            int n = parts(block);
            int start = Math.max(from, at);
            int end = Math.min(to, at + n);
            if (start < end) {
                if (block instanceof Block.ListBlock l && !l.items().isEmpty()) {
                    String title = l.title() == null || start == at ? l.title() : l.title() + CONTINUED;
                    out.add(new Block.ListBlock(title, l.items().subList(start - at, end - at), l.emptyText()));
                } else {
                    out.add(block);
                }
            }
            at += n;
        }
        return new Reply(reply.audience(), out, reply.continuation() == null ? null
                : new Continuation(reply.continuation().command(), from));
    }

    /**
     * The end of the longest slice from {@code from} that {@code fits} says fits (at least one part, which the renderer
     * then shortens as it must). {@code fits} must say no to a slice only if it also says no to every longer one.
     */
    public static int fit(Reply reply, int from, Predicate<Reply> fits) {
        int size = size(reply);
        if (from >= size) {
            return size;
        }
        int good = from + 1;
        int step = 1;
        int bad = -1;
        while (good < size) {
            int next = Math.min(size, good + step);
            if (fits.test(slice(reply, from, next))) {
                good = next;
                step *= 2;
            } else {
                bad = next;
                break;
            }
        }
        if (bad < 0) {
            return good;
        }
        while (bad - good > 1) {
            int mid = (good + bad) >>> 1;
            if (fits.test(slice(reply, from, mid))) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    /** The "Show more" button that carries on at part {@code next}; empty when the reply cannot be produced again. */
    public static Optional<Button> showMore(Reply reply, int next, Words words) {
        if (reply.continuation() == null) {
            return Optional.empty();
        }
        return Optional.of(new Button(words.showMore(), SHOW_MORE_ACTION, reply.continuation().command(), null, null, next));
    }

    /** The line under a message that shows parts {@code from} to {@code to} of the reply: how to see the rest. */
    public static Line rest(Reply reply, int from, int to, Words words) {
        int size = size(reply);
        return Line.of(reply.continuation() == null ? words.notShown(size - to) : words.showing(from + 1, to, size));
    }

    private static int parts(Block block) {
        return block instanceof Block.ListBlock l && !l.items().isEmpty() ? l.items().size() : 1;
    }
}
