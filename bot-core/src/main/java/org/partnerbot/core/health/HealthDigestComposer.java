package org.partnerbot.core.health;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Writes the digest when it goes out: the health report as it stands then (a retried digest is not stale). */
public final class HealthDigestComposer implements Composer {

    private final HealthReports reports;
    private final ReportView view;

    public HealthDigestComposer(HealthReports reports, ReportView view) {
        this.reports = reports;
        this.view = view;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.HEALTH_DIGEST);
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        Reply.Builder reply = Reply.channel().text("Weekly digest after the meeting — the partnership in figures:");
        return Optional.of(view.render(reports.report(p, now), reply).note("Ask for it any time with `report`.").build());
    }
}
