package org.partnerbot.core.language;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.LanguagePolicy;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.i18n.Texts;

/**
 * Who reads what language. A person reads their own choice ({@code language cy}); if they never chose, what their
 * platform says (Slack's user locale, Teams' activity locale, the console's {@code PARTNERBOT_LANGUAGE}); else English.
 * A partnership's channel reads its policy. Replies meant for one person are written in theirs, channel posts in the
 * channel's: that is decided where a reply is written, since only its writer knows its audience.
 */
public final class Readers {

    private final Languages languages;
    private final Messages messages;
    private final KnownLanguages known = new KnownLanguages();

    public Readers(Languages languages, Messages messages) {
        this.languages = languages;
        this.messages = messages;
    }

    /** English for everyone and every channel, nothing stored: for a bot assembled without the language store. */
    public static Readers english() {
        return new Readers(new Languages() {
            @Override
            public Preference of(String workspace, String userKey) {
                return Preference.NONE;
            }

            @Override
            public void choose(String workspace, String userKey, org.partnerbot.core.i18n.Language language) {
                throw new UnsupportedOperationException("no language store");
            }

            @Override
            public void seen(String workspace, String userKey, org.partnerbot.core.i18n.Language platform) {
            }

            @Override
            public org.partnerbot.core.i18n.LanguagePolicy policy(long partnershipId) {
                return org.partnerbot.core.i18n.LanguagePolicy.EN;
            }

            @Override
            public void setPolicy(long partnershipId, org.partnerbot.core.i18n.LanguagePolicy policy) {
                throw new UnsupportedOperationException("no language store");
            }
        }, org.partnerbot.core.i18n.IcuMessages.standard());
    }

    public Messages messages() {
        return messages;
    }

    /**
     * The language of the person speaking now. Call inside a transaction: a platform locale that changed is remembered.
     *
     * @param locale what the platform says of them now, or null
     */
    public Texts speaking(String workspace, String userKey, String locale) {
        Languages.Preference pref = languages.of(workspace, userKey);
        Optional<Language> platform = Language.ofLocale(locale);
        if (platform.isPresent() && platform.get() != pref.platform()) {
            languages.seen(workspace, userKey, platform.get());
        }
        Language l = pref.chosen() != null ? pref.chosen()
                : platform.orElse(pref.platform() == null ? Language.EN : pref.platform());
        known.remember(workspace, userKey, l);
        return messages.in(l);
    }

    /** The language of a person the bot writes to unasked (a reminder, a pairing, a welcome). */
    public Texts person(String workspace, String userKey) {
        Languages.Preference pref = languages.of(workspace, userKey);
        Language l = pref.chosen() != null ? pref.chosen() : pref.platform();
        Language read = l == null ? Language.EN : l;
        known.remember(workspace, userKey, read);
        return messages.in(read);
    }

    /** A person chooses their language ({@code language cy}): kept, and known at once to every ack of this node. */
    public void choose(String workspace, String userKey, Language language) {
        languages.choose(workspace, userKey, language);
        known.remember(workspace, userKey, language);
    }

    /**
     * The language of a person as this process already knows it, without the database: the one it last wrote to them
     * in, else what their platform says now ({@code locale}, may be null), else English. For acknowledgements only
     * (a busy ack is sent when the database is behind); everything else asks {@link #speaking}.
     */
    public Texts known(String workspace, String userKey, String locale) {
        return messages.in(known.of(workspace, userKey).or(() -> Language.ofLocale(locale)).orElse(Language.EN));
    }

    /**
     * A conversation that is no partnership yet (the bot was just added to it) has no policy of its own: it reads
     * what a new partnership's channel reads until an admin sets one.
     */
    public List<Texts> unboundChannel() {
        return LanguagePolicy.EN.languages().stream().map(messages::in).toList();
    }

    /** The languages of a post in the partnership's channel, in the order shown (Welsh first when bilingual). */
    public List<Texts> channel(long partnershipId) {
        return languages.policy(partnershipId).languages().stream().map(messages::in).toList();
    }

    public Languages store() {
        return languages;
    }
}
