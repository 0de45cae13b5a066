package org.partnerbot.core.language;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.i18n.Language;
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
        if (pref.chosen() != null) {
            return messages.in(pref.chosen());
        }
        return messages.in(platform.orElse(pref.platform() == null ? Language.EN : pref.platform()));
    }

    /** The language of a person the bot writes to unasked (a reminder, a pairing, a welcome). */
    public Texts person(String workspace, String userKey) {
        Languages.Preference pref = languages.of(workspace, userKey);
        Language l = pref.chosen() != null ? pref.chosen() : pref.platform();
        return messages.in(l == null ? Language.EN : l);
    }

    /** The languages of a post in the partnership's channel, in the order shown (Welsh first when bilingual). */
    public List<Texts> channel(long partnershipId) {
        return languages.policy(partnershipId).languages().stream().map(messages::in).toList();
    }

    public Languages store() {
        return languages;
    }
}
