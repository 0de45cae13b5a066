package org.partnerbot.core.command;

/** The short per-partnership numbers that users type: {@code 3} or {@code #3}. */
public final class Ids {

    private Ids() {
    }

    /** @param what what the number names ("an action"), as the caller words it */
    public static int parse(String text, String what, CommandSpec spec) {
        String t = text.strip();
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        if (!t.matches("\\d{1,9}")) {
            throw UserError.keyed(spec, "ids.notANumber", text.strip(), what);
        }
        return Integer.parseInt(t);
    }
}
