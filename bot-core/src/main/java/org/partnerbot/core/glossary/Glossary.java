package org.partnerbot.core.glossary;

import java.util.List;
import java.util.Optional;

/** Port: a partnership's glossary; terms are unique ignoring case. */
public interface Glossary {

    /** Adds or replaces a term; returns true when it replaced an existing meaning. */
    boolean put(long partnershipId, String term, String meaning, long addedBy);

    Optional<GlossaryTerm> find(long partnershipId, String term);

    List<GlossaryTerm> all(long partnershipId);
}
