package org.partnerbot.core.language;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.LanguagePolicy;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** {@code language [cy|en]}: the language a person reads; {@code language policy en|cy|bilingual}: the channel's. */
public final class LanguageCommands implements CommandSet {

    private final Readers readers;

    public LanguageCommands(Readers readers) {
        this.readers = readers;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("language").optional("[cy|en]").withoutPartnership().role(Role.ANYONE)
                        .does("help.language", this::language),
                command("language policy").requires("en|cy|bilingual").role(Role.ADMIN)
                        .does("help.language.policy", this::policy));
    }

    private Reply language(Invocation in) {
        Languages store = readers.store();
        String userKey = in.speaker().userKey();
        if (in.args().isBlank()) {
            Languages.Preference pref = store.of(in.workspace(), userKey);
            Texts t = in.texts();
            String source = pref.chosen() != null ? "language.source.chosen"
                    : pref.platform() != null ? "language.source.platform" : "language.source.default";
            Reply.Builder b = Reply.asker().text(t.t("language.current", t.t("language.in." + t.language().code()),
                    t.t(source)));
            if (in.partnership() != null) {
                b.text(t.t("language.channel", in.partnership().name(),
                        t.t("language.policy." + store.policy(in.partnershipId()).code())));
            }
            return b.note(t.t("language.change")).build();
        }
        Optional<Language> chosen = Language.parse(in.args());
        if (chosen.isEmpty()) {
            throw new UserError(in.t("language.unknown", in.args().strip()), in.spec());
        }
        readers.choose(in.workspace(), userKey, chosen.get());
        // Said in the language just chosen: the first words the person reads in it.
        return Reply.toAsker(in.texts().in(chosen.get()).t("language.chosen"));
    }

    private Reply policy(Invocation in) {
        LanguagePolicy policy = LanguagePolicy.parse(in.args())
                .orElseThrow(() -> new UserError(in.t("language.policy.unknown", in.args().strip()), in.spec()));
        readers.store().setPolicy(in.partnershipId(), policy);
        List<Texts> voices = policy.languages().stream().map(l -> in.texts().in(l)).toList();
        return Bilingual.compose(voices, t -> Reply.toChannel(t.t("language.policy.set", in.partnership().name(),
                t.t("language.policyIn." + policy.code()))));
    }
}
