package org.partnerbot.core.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.welcome.Joining;

/**
 * `forget` is complete (as far as it promises: a person's name typed by others in plain text is theirs to keep, and
 * outside this test; their mentions are not): after it, no column of any table of the schema — read from the database's own metadata, so a
 * table added later is covered without anyone remembering to — holds the person's name or platform user key. The
 * same conversation first proves the scan finds them everywhere they were.
 */
class ErasureCompletenessTest {

    private static final String WORKSPACE = "test";
    private static final String CHANNEL = "C-test";
    private static final String KEY = "UZEBEDEE9";
    private static final String NAME = "Zebedee Quartermaine";
    private static final String MENTION = "<@" + KEY + "|" + NAME + ">";

    @Test
    void noTableHoldsAnErasedPersonOnH2() throws SQLException {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 7)) {
            provesErasureIsComplete(driver);
        }
    }

    @Test
    void noTableHoldsAnErasedPersonOnPostgres() throws SQLException {
        try (AssemblyDriver driver = AssemblyDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 7)) {
            provesErasureIsComplete(driver);
        }
    }

    private static void provesErasureIsComplete(AssemblyDriver driver) throws SQLException {
        leaveTracesEverywhere(driver);
        DataSource ds = driver.core().database().dataSource();
        Set<String> before = columnsHolding(ds, KEY, NAME);
        assertThat(before).as("the scan finds the person where they are").contains("PEOPLE.USER_KEY", "PEOPLE.DISPLAY_NAME",
                "MEETING_ENTRIES.TEXT", "REMINDER_OUTBOX.RECIPIENT_KEY", "CONVERSATION_REFS.REF_KEY", "AGENDA_ITEMS.TEXT",
                "KUDOS.TEXT", "DELIVERY_LOG.DELIVERY_ID", "DASHBOARD_LINKS.USER_KEY", "DASHBOARD_SESSIONS.USER_KEY");

        assertThat(plain(say(driver, "sam", "forget " + MENTION))).contains("cannot be undone", "forget @" + NAME + " confirm");
        assertThat(columnsHolding(ds, KEY, NAME)).as("nothing changes before the confirmation").isEqualTo(before);
        assertThat(plain(say(driver, "sam", "forget " + MENTION + " confirm"))).contains("former member 1");

        assertThat(columnsHolding(ds, KEY, NAME)).as("columns still holding " + NAME + " or " + KEY).isEmpty();
        String minutes = plain(say(driver, "sam", "minutes"));
        assertThat(minutes).contains("former member 1").doesNotContain(NAME);
        assertThat(plain(say(driver, "sam", "audit"))).contains("erased a person's data: former member 1");
        assertThat(plain(say(driver, "sam", "actions"))).contains("former member 1");
    }

    /** Everything a member leaves behind: lines, agenda, kudos both ways, an owned action, roles, duties, pairing, messages, references. */
    private static void leaveTracesEverywhere(AssemblyDriver driver) {
        driver.messenger().unreachable(KEY); // their messages fail and stay in the outbox with the error
        say(driver, "sam", "setup Northside");
        say(driver, "sam", "agency add Police");
        say(driver, "sam", "agency add NHS");
        say(driver, "priya", "agency join NHS");
        driver.core().bot().joined(new Joining(WORKSPACE, CHANNEL, KEY, NAME, "teams:conv/1/joined/" + KEY));
        say(driver, KEY, "agency join Police");
        say(driver, "sam", "chair add " + MENTION);
        say(driver, "sam", "duty add Safeguarding lead");
        say(driver, KEY, "duty claim Safeguarding lead");
        say(driver, KEY, "agenda add Referrals from the school visits");
        say(driver, "priya", "agenda add Ask " + MENTION + " about the rota");
        say(driver, "sam", "glossary add MASH: where " + MENTION + " triages referrals");
        say(driver, "sam", "#startmeeting Weekly");
        say(driver, KEY, "#info three families seen this week");
        say(driver, "priya", "#info " + MENTION + " will report back");
        say(driver, "sam", "#action " + MENTION + " call the school by 2026-12-04");
        say(driver, KEY, "we also need the GP letters");
        say(driver, "sam", "#endmeeting");
        say(driver, "priya", "kudos " + MENTION + " for covering the desk");
        say(driver, KEY, "kudos @priya for the referral list");
        say(driver, "priya", "kudos @sam for standing in for " + MENTION);
        say(driver, "sam", "pairing now");
        say(driver, KEY, "my data");
        // The dashboard: a link asked for in a direct message and used (a session), one asked for in the channel.
        Reply direct = driver.core().bot().handle(new Inbound(WORKSPACE, "D" + KEY, "test:D" + KEY, ConversationKind.DIRECT,
                new Speaker(KEY, NAME, null), "dashboard", true, null, null)).orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/dashboard/signin/([A-Za-z0-9_-]{43})")
                .matcher(plain(direct));
        assertThat(link.find()).isTrue();
        assertThat(driver.dashboard().signIn().useLink(link.group(1))).isPresent();
        say(driver, KEY, "dashboard new");
        driver.core().conversationReferences().save(WORKSPACE, "user:" + KEY, "D" + KEY);
        driver.core().conversationReferences().save(WORKSPACE, "member:" + KEY,
                "{\"user\":{\"id\":\"29:x\",\"name\":\"" + NAME + "\",\"aadObjectId\":\"" + KEY + "\"}}");
        driver.core().conversationReferences().save(WORKSPACE, "alias:29:x", KEY);
        driver.core().dispatcher().deliverDue();
    }

    private static Reply say(AssemblyDriver driver, String speaker, String text) {
        driver.clock().advance(java.time.Duration.ofMinutes(1));
        String name = speaker.equals(KEY) ? NAME : speaker;
        return driver.core().bot().handle(new Inbound(WORKSPACE, CHANNEL, "test:" + CHANNEL, ConversationKind.CHANNEL,
                new Speaker(speaker, name, null), text, true, null, null)).orElse(Reply.silent());
    }

    private static String plain(Reply reply) {
        return reply.plainText();
    }

    /** TABLE.COLUMN of every column of every table (as the database lists them) whose value holds any of the needles. */
    static Set<String> columnsHolding(DataSource ds, String... needles) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) {
                        continue;
                    }
                    tables.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + rs.getString("TABLE_NAME") + "\"");
                }
            }
            assertThat(tables).as("the schema's tables").hasSizeGreaterThan(30);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String value = text(rows.getObject(i));
                            for (String needle : needles) {
                                if (value != null && value.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                                    found.add(bare(table) + "." + columns.getColumnName(i).toUpperCase(Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String bare(String table) {
        String t = table.substring(table.lastIndexOf('.') + 1).replace("\"", "");
        return t.toUpperCase(Locale.ROOT);
    }

    private static String text(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return text(blob.getBytes(1, (int) blob.length()));
        }
        return value.toString();
    }
}
