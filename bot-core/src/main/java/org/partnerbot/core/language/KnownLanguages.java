package org.partnerbot.core.language;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.i18n.Language;

/**
 * The language each person was last written to in, kept in this process's memory only. It is what an answer on a
 * platform's acknowledgement path may know: a "busy" ack is sent exactly when the database is behind, so it must not
 * wait on it. Lost at restart and per node; whoever it does not know yet is written to in their platform's language.
 */
final class KnownLanguages {

    /** Far more people than one node answers in a day; when full it starts again rather than grow without bound. */
    static final int MAX_PEOPLE = 50_000;

    private final Map<String, Language> byPerson = new ConcurrentHashMap<>();

    void remember(String workspace, String userKey, Language language) {
        if (byPerson.size() >= MAX_PEOPLE) {
            byPerson.clear();
        }
        byPerson.put(key(workspace, userKey), language);
    }

    Optional<Language> of(String workspace, String userKey) {
        return Optional.ofNullable(byPerson.get(key(workspace, userKey)));
    }

    private static String key(String workspace, String userKey) {
        return workspace + '\n' + userKey;
    }
}
