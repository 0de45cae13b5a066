package org.partnerbot.teams.inbound;

/**
 * What someone typed into a card's text box arrives raw, without mention entities: every {@code @} that could start a
 * mention in the core's grammar gets an invisible word joiner after it, so typed text can never name a person.
 */
public final class TypedText {

    static final char JOINER = '\u2060';

    private TypedText() {
    }

    public static String defuse(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            out.append(c);
            boolean afterWord = i > 0 && (Character.isLetterOrDigit(typed.charAt(i - 1)) || typed.charAt(i - 1) == '_');
            if (c == '@' && !afterWord) {
                out.append(JOINER);
            }
        }
        return out.toString();
    }
}
