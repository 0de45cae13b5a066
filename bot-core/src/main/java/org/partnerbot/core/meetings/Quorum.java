package org.partnerbot.core.meetings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.partnership.Agency;

/**
 * The partnership's quorum rule, e.g. "3 agencies including Children's Social Care": a meeting is quorate when at
 * least that many agencies are present and every named one is among them.
 */
public final class Quorum {

    private Quorum() {
    }

    /** Empty when quorate (or no rule is set); otherwise why not, in words for the minutes. */
    public static Optional<String> whyNot(OfficialRecord.Rules rules, List<Agency> agencies, Set<Long> present) {
        if (rules.quorum() == null) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        if (present.size() < rules.quorum()) {
            why.append(present.size()).append(" of the ").append(rules.quorum()).append(" agencies needed are present");
        }
        List<String> missing = agencies.stream().filter(a -> rules.including().contains(a.id()) && !present.contains(a.id()))
                .map(Agency::name).toList();
        if (!missing.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append(String.join(", ", missing)).append(missing.size() == 1 ? " is" : " are")
                    .append(" not present");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(why.toString());
    }

    /** "3 agencies including Children's Social Care". */
    public static String rule(OfficialRecord.Rules rules, List<Agency> agencies) {
        List<String> named = agencies.stream().filter(a -> rules.including().contains(a.id())).map(Agency::name).toList();
        return rules.quorum() + (rules.quorum() == 1 ? " agency" : " agencies")
                + (named.isEmpty() ? "" : " including " + String.join(", ", named));
    }

    /** One line: "Quorate (rule: …)" or "NOT quorate: why (rule: …)"; nothing when there is no rule. */
    public static Optional<String> line(OfficialRecord.Rules rules, List<Agency> agencies, Set<Long> present) {
        if (rules.quorum() == null) {
            return Optional.empty();
        }
        String rule = " (quorum: " + rule(rules, agencies) + ")";
        return Optional.of(whyNot(rules, agencies, present).map(w -> "NOT quorate: " + w + rule).orElse("Quorate" + rule));
    }
}
