package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.meetings.MinutesView;
import org.partnerbot.core.render.HtmlRenderer;
import org.partnerbot.core.render.MarkdownRenderer;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * `minutes export [last|<date>]`: the stored minutes as a Markdown file, for boards and agencies' own records.
 * The reply carries the file as a neutral attachment; the console (and any platform that cannot attach) shows
 * its text.
 */
public final class MinutesExportCommands implements CommandSet {

    public static final String MEDIA_TYPE = "text/markdown";
    public static final String HTML_MEDIA_TYPE = "text/html";

    private final Meetings meetings;
    private final Supplier<MinutesView> minutesView;
    private final AuditLog audit;
    private final java.util.function.Function<Long, String> classification;

    /** @param minutesView the core's minutes view, asked for when needed so it carries every meeting hook */
    public MinutesExportCommands(Meetings meetings, Supplier<MinutesView> minutesView, AuditLog audit) {
        this(meetings, minutesView, audit, null);
    }

    /** @param classification a partnership's marking (null when none), at the head and foot of an HTML export */
    public MinutesExportCommands(Meetings meetings, Supplier<MinutesView> minutesView, AuditLog audit,
                                 java.util.function.Function<Long, String> classification) {
        this.classification = classification;
        this.meetings = meetings;
        this.minutesView = minutesView;
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("minutes export").optional("[last|<YYYY-MM-DD>]")
                .does("the minutes as a Markdown file", this::export),
                command("minutes export html").optional("[last|<YYYY-MM-DD>]")
                        .does("the minutes as an accessible HTML document", this::exportHtml));
    }

    private Reply exportHtml(Invocation in) {
        Meeting m = meeting(in);
        Reply minutes = minutesView.get().minutes(in.texts(), in.partnership(), m, Reply.asker()).build();
        LocalDate day = m.startedAt().atZone(in.partnership().zone()).toLocalDate();
        String fileName = "minutes-" + day + ".html";
        audit.record(in.partnershipId(), in.asker(), null, AuditEvent.MINUTES_EXPORTED,
                in.t("minutes.export.audit.html", day.toString()));
        String marking = classification == null ? null : classification.apply(in.partnershipId());
        return Reply.asker().text(in.t("minutes.export.html", m.title(), day.toString(), fileName))
                .block(new Block.Attachment(fileName, HTML_MEDIA_TYPE, HtmlRenderer.render(minutes,
                        in.t("minutes.export.html.title", m.title(), day.toString()), marking, in.texts())))
                .build();
    }

    private Reply export(Invocation in) {
        Meeting m = meeting(in);
        Reply minutes = minutesView.get().minutes(in.texts(), in.partnership(), m, Reply.asker()).build();
        LocalDate day = m.startedAt().atZone(in.partnership().zone()).toLocalDate();
        String fileName = "minutes-" + day + ".md";
        // A file leaves the channel with whoever holds it: every export is in the audit log.
        audit.record(in.partnershipId(), in.asker(), null, AuditEvent.MINUTES_EXPORTED,
                in.t("minutes.export.audit", day.toString()));
        return Reply.asker().text(in.t("minutes.export.markdown", m.title(), day.toString(), fileName))
                .block(new Block.Attachment(fileName, MEDIA_TYPE, MarkdownRenderer.render(minutes)))
                .build();
    }

    private Meeting meeting(Invocation in) {
        String arg = in.args().strip();
        if (arg.isEmpty() || arg.equalsIgnoreCase("last")) {
            return meetings.lastEnded(in.partnershipId())
                    .orElseThrow(() -> new UserError(in.t("minutes.export.noneEnded")));
        }
        LocalDate day = Dates.parse(arg, in);
        ZoneId zone = in.partnership().zone();
        return meetings.endedBetween(in.partnershipId(), day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()).stream().findFirst()
                .orElseThrow(() -> new UserError(in.t("minutes.export.noneOn", day.toString())));
    }
}
