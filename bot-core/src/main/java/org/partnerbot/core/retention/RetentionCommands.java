package org.partnerbot.core.retention;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

import static org.partnerbot.core.command.CommandSpec.command;

/** `retention` shows the policy and the oldest record kept; `retention <N> years` (admin) sets it. */
public final class RetentionCommands implements CommandSet {

    static final int MOST_YEARS = 100;
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,3})\\s*(years?|y)?");

    private final RetentionPolicies policies;
    private final AuditLog audit;

    public RetentionCommands(RetentionPolicies policies, AuditLog audit) {
        this.policies = policies;
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("retention").optional("[<N> years]")
                .does("how long meetings, minutes and lines said are kept (admins set it: older ones are deleted daily)",
                        in -> in.args().isBlank() ? show(in) : set(in)));
    }

    private Reply show(Invocation in) {
        return Reply.asker().line(policyLine(in)).note(oldestLine(in)).build();
    }

    /** The policy in one line, as `retention` and `report` say it. */
    public Line policyLine(Invocation in) {
        return policyLine(policies.years(in.partnershipId()));
    }

    public static Line policyLine(Optional<Integer> years) {
        return years.map(n -> Line.of("Retention: meetings, their minutes and lines said are kept " + n
                        + (n == 1 ? " year" : " years") + ", then deleted (with their actions once closed)."))
                .orElseGet(() -> Line.builder().text("Retention: no policy is set, so nothing is deleted. An admin sets one"
                        + " with ").code("retention <N> years").text(".").build());
    }

    private Line oldestLine(Invocation in) {
        return policies.oldestKept(in.partnershipId())
                .map(at -> Line.builder().text("Oldest record kept: the meeting of ")
                        .time(at, in.partnership().zone(), Span.TimeStyle.DATE).text(".").build())
                .orElseGet(() -> Line.of("No meeting is recorded yet."));
    }

    private Reply set(Invocation in) {
        if (!Role.ADMIN.allows(in.asker())) {
            throw new UserError("Only admins can set the retention policy; `retention` shows it.", in.spec());
        }
        Matcher m = YEARS.matcher(in.args().strip());
        if (!m.matches()) {
            throw new UserError("Say how many years, e.g. `retention 6 years`.", in.spec());
        }
        int years = Integer.parseInt(m.group(1));
        if (years < 1 || years > MOST_YEARS) {
            throw new UserError("Keep records for 1 to " + MOST_YEARS + " years.", in.spec());
        }
        Optional<Integer> before = policies.years(in.partnershipId());
        policies.set(in.partnershipId(), years);
        audit.record(in.partnershipId(), in.asker(), null, AuditEvent.RETENTION_CHANGED,
                before.map(b -> b + " → ").orElse("none → ") + years + " years");
        return Reply.channel().line(Line.of("Retention set: " + in.partnership().name() + " keeps meetings, minutes and lines"
                + " said for " + years + (years == 1 ? " year" : " years") + "; older ones are deleted each day, with their"
                + " actions once closed.")).build();
    }
}
