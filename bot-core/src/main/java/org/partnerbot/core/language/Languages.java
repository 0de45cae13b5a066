package org.partnerbot.core.language;

import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.LanguagePolicy;

/** What is stored about languages: each person's choice and their platform's locale, each partnership's policy. */
public interface Languages {

    /** A person's languages: the one they chose (null if never), the one their platform last said (null if none). */
    record Preference(Language chosen, Language platform) {
        public static final Preference NONE = new Preference(null, null);
    }

    Preference of(String workspace, String userKey);

    void choose(String workspace, String userKey, Language language);

    /** The platform's locale for a person, remembered so messages sent to them unasked follow it too. */
    void seen(String workspace, String userKey, Language platform);

    /** English until an admin sets it. */
    LanguagePolicy policy(long partnershipId);

    void setPolicy(long partnershipId, LanguagePolicy policy);
}
