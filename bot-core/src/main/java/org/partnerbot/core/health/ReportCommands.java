package org.partnerbot.core.health;

import java.util.List;
import java.util.function.BiFunction;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** `report`: the partnership's mirror. Anyone may ask: the point is that everyone sees the same figures. */
public final class ReportCommands implements CommandSet {

    private final HealthReports reports;
    private final ReportView view;
    private final BiFunction<Texts, Long, Line> retention;
    private final BiFunction<Texts, Long, Line> quorum;

    /** @param retention the retention policy of a partnership in one line, as `retention` says it, in the asker's words */
    public ReportCommands(HealthReports reports, ReportView view, BiFunction<Texts, Long, Line> retention) {
        this(reports, view, retention, null);
    }

    /** @param quorum how many of the latest meetings in a row were inquorate, in one line (null: not shown) */
    public ReportCommands(HealthReports reports, ReportView view, BiFunction<Texts, Long, Line> retention,
            BiFunction<Texts, Long, Line> quorum) {
        this.quorum = quorum;
        this.reports = reports;
        this.view = view;
        this.retention = retention;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("report").does("partnership health: ownership gaps, who speaks, who is silent", this::report));
    }

    private Reply report(Invocation in) {
        Reply.Builder reply = view.render(reports.report(in.partnership(), in.now()), Reply.asker(), in.texts());
        if (quorum != null) {
            reply.line(quorum.apply(in.texts(), in.partnershipId()));
        }
        // The report goes to the asker alone, so every line of it is in the asker's language.
        return reply.note(retention.apply(in.texts(), in.partnershipId())).build();
    }
}
