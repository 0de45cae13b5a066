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

    /**
     * Both lines are written in the asker's words, like the rest of the report they end.
     *
     * @param retention the retention policy of a partnership in one line, as `retention` says it
     * @param quorum    how many of the latest meetings in a row were inquorate, in one line
     */
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
        reply.line(quorum.apply(in.texts(), in.partnershipId()));
        return reply.note(retention.apply(in.texts(), in.partnershipId())).build();
    }
}
