package org.partnerbot.core.meetings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agency;

/**
 * The partnership's quorum rule, e.g. "3 agencies including Children's Social Care": a meeting is quorate when at
 * least that many agencies are present and every named one is among them.
 */
public final class Quorum {

    private Quorum() {
    }

    /** Empty when quorate (or no rule is set); otherwise why not, in words for the minutes. */
    public static Optional<String> whyNot(Texts t, OfficialRecord.Rules rules, List<Agency> agencies, Set<Long> present) {
        if (rules.quorum() == null) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        if (present.size() < rules.quorum()) {
            why.append(t.t("record.quorum.tooFew", present.size(), rules.quorum()));
        }
        List<String> missing = agencies.stream().filter(a -> rules.including().contains(a.id()) && !present.contains(a.id()))
                .map(Agency::name).toList();
        if (!missing.isEmpty()) {
            String absent = t.t("record.quorum.notPresent", missing.size(), String.join(", ", missing));
            why.append(why.isEmpty() ? absent : t.t("record.quorum.and", absent));
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(why.toString());
    }

    /** "3 agencies including Children's Social Care". */
    public static String rule(Texts t, OfficialRecord.Rules rules, List<Agency> agencies) {
        List<String> named = agencies.stream().filter(a -> rules.including().contains(a.id())).map(Agency::name).toList();
        return named.isEmpty() ? t.t("record.quorum.rule", rules.quorum())
                : t.t("record.quorum.ruleIncluding", rules.quorum(), String.join(", ", named));
    }

    /** One line: "Quorate (rule: …)" or "NOT quorate: why (rule: …)"; nothing when there is no rule. */
    public static Optional<String> line(Texts t, OfficialRecord.Rules rules, List<Agency> agencies, Set<Long> present) {
        if (rules.quorum() == null) {
            return Optional.empty();
        }
        String rule = rule(t, rules, agencies);
        return Optional.of(whyNot(t, rules, agencies, present).map(w -> t.t("record.quorum.notQuorate", w, rule))
                .orElse(t.t("record.quorum.quorate", rule)));
    }
}
