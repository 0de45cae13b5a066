package org.partnerbot.core.mydata;

import java.time.Instant;
import java.util.List;
import org.partnerbot.core.i18n.Texts;

/**
 * The `my data` file: plain Markdown a person (or their representative) can read without any tool, in their own
 * language (a subject access request is answered in the language it was asked in). What people typed (names, texts)
 * stays as they typed it.
 */
final class MyDataView {

    private MyDataView() {
    }

    static String markdown(Texts t, PersonalData.Person p, Instant at) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.t("mydata.view.title")).append("\n\n");
        md.append(t.t("mydata.view.made", at.toString())).append("\n\n");
        md.append("## ").append(t.t("mydata.view.you")).append("\n\n");
        item(md, t.t("mydata.view.name", p.displayName()));
        item(md, t.t("mydata.view.platformId", p.userKey(), p.workspace()));
        item(md, p.timeZone() == null ? t.t("mydata.view.timeZoneUnknown") : t.t("mydata.view.timeZone", p.timeZone()));
        md.append('\n');
        for (PersonalData.Membership m : p.memberships()) {
            md.append("## ").append(m.partnership()).append("\n\n");
            item(md, t.t(m.source().equals("ADMIN") ? "mydata.view.membershipByAdmin" : "mydata.view.membershipByChannel",
                    word(t, new PersonalData.Word("mydata.membershipStatus." + m.status(), m.status())), m.joinedAt().toString()));
            item(md, m.agency() == null ? t.t("mydata.view.noAgency") : t.t("mydata.view.agency", m.agency()));
            item(md, t.t(m.admin() ? (m.chair() ? "mydata.view.roles.adminChair" : "mydata.view.roles.admin")
                    : m.chair() ? "mydata.view.roles.chair" : "mydata.view.roles.member"));
            md.append('\n');
            section(t, md, "duties", m.duties());
            section(t, md, "actions", m.actions());
            section(t, md, "agendaItems", m.agendaItems());
            section(t, md, "linesSaid", m.linesSaid());
            section(t, md, "recorded", m.recorded());
            section(t, md, "kudosGiven", m.kudosGiven());
            section(t, md, "kudosReceived", m.kudosReceived());
            section(t, md, "pairing", m.pairing());
            section(t, md, "glossary", m.glossary());
            section(t, md, "audit", m.audit());
        }
        return md.toString();
    }

    private static void section(Texts t, StringBuilder md, String name, List<PersonalData.Entry> entries) {
        md.append("### ").append(t.t("mydata.section." + name)).append("\n\n");
        if (entries.isEmpty()) {
            md.append(t.t("mydata.view.none")).append("\n\n");
            return;
        }
        entries.forEach(e -> item(md, entry(t, e)));
        md.append('\n');
    }

    private static String entry(Texts t, PersonalData.Entry e) {
        Object[] values = e.values().stream().map(v -> v instanceof PersonalData.Word w ? word(t, w) : v).toArray();
        return t.t("mydata.entry." + e.kind(), values);
    }

    private static String word(Texts t, PersonalData.Word w) {
        return t.has(w.key()) ? t.t(w.key()) : w.code();
    }

    /** One Markdown list item on one line: a typed text with a line break would otherwise end the list. */
    private static void item(StringBuilder md, String text) {
        md.append("- ").append(text.replace("\n", " ")).append('\n');
    }
}
