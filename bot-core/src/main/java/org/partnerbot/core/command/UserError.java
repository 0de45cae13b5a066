package org.partnerbot.core.command;

import org.partnerbot.core.i18n.Texts;

/**
 * A problem with what the user asked: shown to them as one line, the transaction is rolled back.
 * Carries the command whose help line should follow, when there is one. Thrown where the asker's language is not at
 * hand (a parser, a membership check), it carries a message key and its arguments instead, written in the asker's
 * language where the refusal is answered ({@link #text}).
 */
public class UserError extends RuntimeException {

    private final transient CommandSpec helpFor;
    private final String key;
    private final transient Object[] args;

    public UserError(String message) {
        this(message, null);
    }

    public UserError(String message, CommandSpec helpFor) {
        this(message, helpFor, null, new Object[0]);
    }

    private UserError(String message, CommandSpec helpFor, String key, Object[] args) {
        super(message, null, false, false);
        this.helpFor = helpFor;
        this.key = key;
        this.args = args;
    }

    /** A refusal written from the bundles: {@code key} with {@code args}, then the command's help line if any. */
    public static UserError keyed(CommandSpec helpFor, String key, Object... args) {
        return new UserError(key, helpFor, key, args.clone());
    }

    public CommandSpec helpFor() {
        return helpFor;
    }

    /** The line to show, in the reader's language. */
    public String text(Texts texts) {
        return key == null ? getMessage() : texts.t(key, args);
    }
}
