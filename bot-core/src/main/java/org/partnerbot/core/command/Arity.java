package org.partnerbot.core.command;

/** Whether a command takes text after its words. */
public enum Arity {
    NONE,
    OPTIONAL,
    REQUIRED
}
