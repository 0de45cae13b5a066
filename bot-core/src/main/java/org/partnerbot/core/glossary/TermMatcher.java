package org.partnerbot.core.glossary;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds glossary terms used in text as whole words, ignoring case; a plural ("LADOs") counts as the term. */
final class TermMatcher {

    private TermMatcher() {
    }

    static List<GlossaryTerm> used(List<GlossaryTerm> terms, Collection<String> texts) {
        String all = String.join("\n", texts);
        return terms.stream().filter(t -> pattern(t.term()).matcher(all).find()).toList();
    }

    /** Whole word or phrase, with an optional plural "s", so "LADOs" counts as "LADO". */
    static Pattern pattern(String term) {
        String words = Pattern.quote(term.strip().toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?:s|'s)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
