package org.partnerbot.config.browser;

import java.util.List;
import java.util.Set;

/**
 * One axe-core rule a page breaks, with every element that breaks it.
 *
 * @param id     the rule ({@code image-alt}, {@code label}, {@code color-contrast}…)
 * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
 * @param help   what the rule asks for, in axe's words
 */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One offending element: its CSS selector, its markup and axe's advice on fixing it. */
    public record Node(String target, String html, String failureSummary) {
    }

    public AxeViolation {
        nodes = List.copyOf(nodes);
    }

    public boolean isSeriousOrCritical() {
        return BLOCKING.contains(impact);
    }

    /** Which rule, how bad, and which elements: what a reader of a failed build needs to fix it. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(impact).append(' ').append(id).append(": ").append(help)
                .append(" (").append(helpUrl).append(')');
        for (Node node : nodes) {
            text.append("\n    at ").append(node.target()).append("  ").append(node.html());
            node.failureSummary().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> text.append("\n       ").append(line));
        }
        return text.toString();
    }
}
