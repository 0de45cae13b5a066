package org.partnerbot.core.store.audit;

import java.time.Clock;
import java.util.List;
import org.partnerbot.core.audit.AuditEntry;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.store.Jdbc;

public final class JdbcAuditLog implements AuditLog {

    private static final int DETAIL = 300;
    private static final String NAME_A = "CASE WHEN ua.id IS NOT NULL THEN ua.display_name"
            + " WHEN ma.pseudonym_no IS NOT NULL THEN CONCAT('former member ', ma.pseudonym_no) END";
    private static final String NAME_S = NAME_A.replace("ua.", "us.").replace("ma.", "ms.");

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(long partnershipId, Member actor, Member subject, AuditEvent event, String detail) {
        String d = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL);
        jdbc.insert("INSERT INTO audit_log (partnership_id, happened_at, actor_member_id, subject_member_id, event, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)", partnershipId, clock.instant(), actor == null ? null : actor.id(),
                subject == null ? null : subject.id(), event, d);
    }

    @Override
    public List<AuditEntry> latest(long partnershipId, int limit) {
        return jdbc.list("SELECT l.id, l.happened_at, ua.user_key AS actor_key, " + NAME_A + " AS actor_name,"
                + " us.user_key AS subject_key, " + NAME_S + " AS subject_name, l.event, l.detail FROM audit_log l"
                + " LEFT JOIN members ma ON ma.id = l.actor_member_id LEFT JOIN people ua ON ua.id = ma.person_id"
                + " LEFT JOIN members ms ON ms.id = l.subject_member_id LEFT JOIN people us ON us.id = ms.person_id"
                + " WHERE l.partnership_id = ? ORDER BY l.id DESC LIMIT " + limit,
                rs -> new AuditEntry(rs.getLong("id"), Jdbc.instant(rs, "happened_at"), rs.getString("actor_key"),
                        rs.getString("actor_name"), rs.getString("subject_key"), rs.getString("subject_name"),
                        AuditEvent.valueOf(rs.getString("event")), rs.getString("detail")), partnershipId);
    }
}
