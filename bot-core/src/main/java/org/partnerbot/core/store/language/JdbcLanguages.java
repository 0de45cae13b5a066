package org.partnerbot.core.store.language;

import java.util.Locale;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.LanguagePolicy;
import org.partnerbot.core.language.Languages;
import org.partnerbot.core.store.Jdbc;

public final class JdbcLanguages implements Languages {

    private final Jdbc jdbc;

    public JdbcLanguages(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Preference of(String workspace, String userKey) {
        return jdbc.one("SELECT chosen, platform FROM person_languages WHERE workspace = ? AND user_key = ?",
                rs -> new Preference(language(rs.getString(1)), language(rs.getString(2))), workspace, userKey)
                .orElse(Preference.NONE);
    }

    @Override
    public void choose(String workspace, String userKey, Language language) {
        set("chosen", workspace, userKey, language);
    }

    @Override
    public void seen(String workspace, String userKey, Language platform) {
        set("platform", workspace, userKey, platform);
    }

    private void set(String column, String workspace, String userKey, Language language) {
        // A twin insert (the same person in two conversations at once) loses and updates instead.
        jdbc.insertUnlessDuplicate("INSERT INTO person_languages (workspace, user_key) VALUES (?, ?)", workspace, userKey);
        jdbc.update("UPDATE person_languages SET " + column + " = ? WHERE workspace = ? AND user_key = ?", language.code(),
                workspace, userKey);
    }

    @Override
    public LanguagePolicy policy(long partnershipId) {
        return jdbc.one("SELECT policy FROM language_policies WHERE partnership_id = ?",
                rs -> LanguagePolicy.valueOf(rs.getString(1)), partnershipId).orElse(LanguagePolicy.EN);
    }

    @Override
    public void setPolicy(long partnershipId, LanguagePolicy policy) {
        if (jdbc.update("UPDATE language_policies SET policy = ? WHERE partnership_id = ?", policy.name(), partnershipId) == 0) {
            jdbc.update("INSERT INTO language_policies (partnership_id, policy) VALUES (?, ?)", partnershipId, policy.name());
        }
    }

    private static Language language(String code) {
        return code == null ? null : Language.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
