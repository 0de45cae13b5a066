package org.partnerbot.core.glossary;

/** A piece of specialist language and what it means in plain words. */
public record GlossaryTerm(String term, String meaning) {
}
