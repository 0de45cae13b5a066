package org.partnerbot.core.store.glossary;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerbot.core.glossary.Glossary;
import org.partnerbot.core.glossary.GlossaryTerm;
import org.partnerbot.core.store.Jdbc;

public final class JdbcGlossary implements Glossary {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcGlossary(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean put(long partnershipId, String term, String meaning, long addedBy) {
        // The term keeps the spelling it was first added with ("MASH"); only its meaning changes.
        int updated = jdbc.update("UPDATE glossary_terms SET meaning = ?, added_by = ?, updated_at = ?"
                + " WHERE partnership_id = ? AND term_key = ?", meaning, addedBy, clock.instant(), partnershipId, key(term));
        if (updated == 0) {
            jdbc.insert("INSERT INTO glossary_terms (partnership_id, term, term_key, meaning, added_by, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", partnershipId, term, key(term), meaning, addedBy, clock.instant());
        }
        return updated > 0;
    }

    @Override
    public Optional<GlossaryTerm> find(long partnershipId, String term) {
        return jdbc.one("SELECT term, meaning FROM glossary_terms WHERE partnership_id = ? AND term_key = ?",
                rs -> new GlossaryTerm(rs.getString(1), rs.getString(2)), partnershipId, key(term));
    }

    @Override
    public List<GlossaryTerm> all(long partnershipId) {
        return jdbc.list("SELECT term, meaning FROM glossary_terms WHERE partnership_id = ? ORDER BY term_key",
                rs -> new GlossaryTerm(rs.getString(1), rs.getString(2)), partnershipId);
    }

    private static String key(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
