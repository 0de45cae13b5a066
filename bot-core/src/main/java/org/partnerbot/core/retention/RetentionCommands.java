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
import org.partnerbot.core.i18n.Texts;
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
        return policyLine(in.texts(), policies.years(in.partnershipId()));
    }

    public static Line policyLine(Texts t, Optional<Integer> years) {
        return years.map(n -> Line.of(t.t("retention.policy", n)))
                .orElseGet(() -> t.line("retention.none", Line.builder().code("retention <N> years").build()));
    }

    private Line oldestLine(Invocation in) {
        return policies.oldestKept(in.partnershipId())
                .map(at -> in.texts().line("retention.oldest",
                        in.texts().time(at, in.partnership().zone(), Span.TimeStyle.DATE)))
                .orElseGet(() -> Line.of(in.t("retention.noMeeting")));
    }

    private Reply set(Invocation in) {
        if (!Role.ADMIN.allows(in.asker())) {
            throw new UserError(in.t("retention.onlyAdmins"), in.spec());
        }
        Matcher m = YEARS.matcher(in.args().strip());
        if (!m.matches()) {
            throw new UserError(in.t("retention.howMany"), in.spec());
        }
        int years = Integer.parseInt(m.group(1));
        if (years < 1 || years > MOST_YEARS) {
            throw new UserError(in.t("retention.range", String.valueOf(MOST_YEARS)), in.spec());
        }
        Optional<Integer> before = policies.years(in.partnershipId());
        policies.set(in.partnershipId(), years);
        audit.record(in.partnershipId(), in.asker(), null, AuditEvent.RETENTION_CHANGED,
                before.map(b -> b + " → ").orElse("none → ") + years + " years");
        return in.toChannel(t -> Reply.channel().line(Line.of(t.t("retention.set", in.partnership().name(), years))).build());
    }
}
