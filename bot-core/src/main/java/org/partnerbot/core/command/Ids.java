package org.partnerbot.core.command;

/** The short per-partnership numbers that users type: {@code 3} or {@code #3}. */
public final class Ids {

    private Ids() {
    }

    public static int parse(String text, String what, CommandSpec spec) {
        String t = text.strip();
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        if (!t.matches("\\d{1,9}")) {
            throw new UserError("`" + text.strip() + "` is not " + what + " number: use the number shown in the list, e.g. 3.", spec);
        }
        return Integer.parseInt(t);
    }
}
