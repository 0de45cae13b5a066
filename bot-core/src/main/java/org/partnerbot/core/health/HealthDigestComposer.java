package org.partnerbot.core.health;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Writes the digest when it goes out: the health report as it stands then (a retried digest is not stale). */
public final class HealthDigestComposer implements Composer {

    private final HealthReports reports;
    private final ReportView view;
    private final Readers readers;

    /** @param readers the channel's languages: the digest is a channel post, in each (Welsh first when bilingual) */
    public HealthDigestComposer(HealthReports reports, ReportView view, Readers readers) {
        this.reports = reports;
        this.view = view;
        this.readers = readers;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.HEALTH_DIGEST);
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        HealthReport report = reports.report(p, now);
        return Optional.of(Bilingual.compose(readers.channel(p.id()), t -> view.render(report,
                Reply.channel().text(t.t("report.digest")), t).note(t.t("report.digest.anyTime")).build()));
    }
}
