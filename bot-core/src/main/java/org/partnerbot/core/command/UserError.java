package org.partnerbot.core.command;

/**
 * A problem with what the user asked: shown to them as one line, the transaction is rolled back.
 * Carries the command whose help line should follow, when there is one.
 */
public class UserError extends RuntimeException {

    private final transient CommandSpec helpFor;

    public UserError(String message) {
        this(message, null);
    }

    public UserError(String message, CommandSpec helpFor) {
        super(message, null, false, false);
        this.helpFor = helpFor;
    }

    public CommandSpec helpFor() {
        return helpFor;
    }
}
