package org.partnerbot.core.testing;

import java.util.List;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.LanguagePolicy;
import org.partnerbot.core.language.Languages;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.wiring.CoreModule;

/**
 * A driver whose people read Welsh (the driver tells its platform so: a locale, a setting) in partnerships whose
 * channels read Welsh: after each line, any partnership still on the English default is set to Welsh in the store, as
 * {@code language policy cy} would, without a line of its own that the English run would not have, and anyone not yet
 * heard from is known to read Welsh, as their platform will say. Commands are
 * typed with their Welsh words ({@link WelshVerbs}).
 */
public final class WelshTwin implements ConversationDriver {

    private final ConversationDriver driver;
    private final CoreModule core;

    public WelshTwin(ConversationDriver driver, CoreModule core) {
        this.driver = driver;
        this.core = core;
    }

    @Override
    public List<String> say(String speaker, String text) {
        List<String> answer = driver.say(speaker, WelshVerbs.of(text));
        core.transactions().run(() -> core.outboxTargets().all().forEach(this::readsWelsh));
        return answer;
    }

    private void readsWelsh(Partnership p) {
        Languages store = core.readers().store();
        if (store.policy(p.id()) == LanguagePolicy.EN) {
            store.setPolicy(p.id(), LanguagePolicy.CY);
        }
        // Someone added or mentioned before they spoke reads Welsh too, as their platform will say when asked.
        for (Member m : core.members().list(p.id())) {
            if (store.of(p.workspace(), m.userKey()).equals(Languages.Preference.NONE)) {
                store.seen(p.workspace(), m.userKey(), Language.CY);
            }
        }
    }
}
