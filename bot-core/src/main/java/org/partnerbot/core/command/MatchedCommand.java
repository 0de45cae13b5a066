package org.partnerbot.core.command;

/** The result of matching text against the grammar: a command and the text after its words. */
public record MatchedCommand(CommandSpec spec, String args) {
}
