package org.partnerbot.core.mydata;

import java.time.Instant;
import java.util.List;

/** The `my data` file: plain Markdown a person (or their representative) can read without any tool. */
final class MyDataView {

    private MyDataView() {
    }

    static String markdown(PersonalData.Person p, Instant at) {
        StringBuilder md = new StringBuilder();
        md.append("# Everything Partnerbot holds about you\n\n");
        md.append("Made ").append(at).append(" (UTC). You can ask an admin, or type `forget me`, to have it erased.\n\n");
        md.append("## You\n\n");
        md.append("- Name: ").append(p.displayName()).append('\n');
        md.append("- Platform id: ").append(p.userKey()).append(" (").append(p.workspace()).append(")\n");
        md.append("- Time zone: ").append(p.timeZone() == null ? "not known" : p.timeZone()).append("\n\n");
        for (PersonalData.Membership m : p.memberships()) {
            md.append("## ").append(m.partnership()).append("\n\n");
            md.append("- Membership: ").append(m.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(m.source().equals("ADMIN") ? " (added by an admin)" : " (through the channel)")
                    .append(", since ").append(m.joinedAt()).append('\n');
            md.append("- Agency: ").append(m.agency() == null ? "none" : m.agency()).append('\n');
            md.append("- Roles: ").append(m.admin() ? (m.chair() ? "admin, chair" : "admin") : m.chair() ? "chair" : "member")
                    .append("\n\n");
            section(md, "Duties you hold", m.duties());
            section(md, "Actions you own", m.actions());
            section(md, "Agenda items you proposed", m.agendaItems());
            section(md, "Lines you said, per meeting", m.linesSaid());
            section(md, "What you recorded in meetings", m.recorded());
            section(md, "Kudos you gave", m.kudosGiven());
            section(md, "Kudos you received", m.kudosReceived());
            section(md, "Coffee-chat rounds you were paired in", m.pairing());
            section(md, "Glossary terms you added", m.glossary());
            section(md, "Audit log entries about you", m.audit());
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<String> lines) {
        md.append("### ").append(title).append("\n\n");
        if (lines.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        lines.forEach(l -> md.append("- ").append(l.replace("\n", " ")).append('\n'));
        md.append('\n');
    }
}
