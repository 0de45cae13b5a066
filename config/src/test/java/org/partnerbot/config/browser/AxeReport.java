package org.partnerbot.config.browser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What axe-core found on one page.
 *
 * @param url         the page axe looked at
 * @param rulesPassed how many rules the page passed: more than none shows axe really ran
 */
public record AxeReport(String url, int rulesPassed, List<AxeViolation> violations) {

    public AxeReport {
        violations = List.copyOf(violations);
    }

    public List<AxeViolation> seriousOrCritical() {
        return violations.stream().filter(AxeViolation::isSeriousOrCritical).toList();
    }

    /** Throws an {@link AssertionError} naming each serious or critical rule and the elements that break it. */
    public void assertNoSeriousOrCriticalViolations() {
        List<AxeViolation> blocking = seriousOrCritical();
        if (!blocking.isEmpty()) {
            throw new AssertionError(blocking.size() + " serious or critical accessibility violation(s) on " + url + ":\n  "
                    + blocking.stream().map(AxeViolation::describe).collect(Collectors.joining("\n  ")));
        }
    }
}
