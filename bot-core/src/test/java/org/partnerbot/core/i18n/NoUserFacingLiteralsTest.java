package org.partnerbot.core.i18n;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.LiteralScan;

/**
 * User-facing words live in the bundles: no file of the core (the wiring included) may write English in a string
 * literal or render with a fixed English language. What may stay is listed with its reason; the list only shrinks.
 * The adapters and the launcher run the same scan on their own sources.
 */
class NoUserFacingLiteralsTest {

    @Test
    void noFileOfTheCoreWritesEnglishOutsideTheBundles() {
        LiteralScan.of(Path.of("src/main/java/org/partnerbot/core"))
                // SQL, and the languages themselves (which name English as one of them)
                .skipping("store", "i18n", "reminders/quartz")
                .exemptingFile("icebreakers/IcebreakerBank.java",
                        "the built-in questions in English; both bundles carry each by its place (icebreakers.bank.N)")
                .exemptingFile("audit/AuditEvent.java", "words for the log; readers get audit.event.* from the bundles")
                .exemptingFile("partnership/Role.java", "fallback words; readers get role.*.who from the bundles")
                .exemptingFile("reminders/ReminderRules.java", "why a reminder was dropped, for the log only")
                .exemptingFile("render/ICalendarWriter.java", "iCalendar's own fields (PRODID, RRULE), read by calendar apps")
                .allowingLiteral("signing/HmacSeal.java", "\"HmacSeal[key hidden]\"", "toString, for logs")
                .allowingLiteral("welcome/Welcomes.java", "\"joined member \"", "an outbox occurrence key, never shown")
                .allowingLiteral("retention/RetentionPolicies.java", "\"pairing rounds\"",
                        "stored in the audit log's detail as it happened (shown as stored)")
                .allowingLiteral("retention/RetentionPolicies.java", "\"audit entries\"",
                        "stored in the audit log's detail as it happened (shown as stored)")
                .allowingLiteral("retention/RetentionSweep.java", "\" from before \"",
                        "stored in the audit log's detail as it happened (shown as stored)")
                .allowingLiteral("dashboard/Dashboard.java", "\"on the dashboard\"",
                        "stored in the audit log's detail as it happened (shown as stored)")
                .allowingFixedEnglish("meetings/MeetingCommands.java", "in.texts().in(Language.EN).t(\"record.audit.minutesViewed\"",
                        "the audit log's detail is stored once, in English, whoever viewed")
                .allowingFixedEnglish("meetings/RecordHook.java", "IcuMessages.standard().in(Language.EN)",
                        "the reason stored with an inquorate meeting, and MeetingHook's overloads without a reader")
                .allowingFixedEnglish("meetings/MinutesView.java", "return minutes(messages.in(Language.EN), p, m, reply);",
                        "for the dashboard's minutes when no reader is given (DashboardViews)")
                .allowingFixedEnglish("render/HtmlRenderer.java", "IcuMessages.standard().in(Language.EN)",
                        "English overload for HtmlRendererTest; the minutes export gives the reader")
                .allowingFixedEnglish("dashboard/DashboardViews.java", "t == null ? Language.EN : t.language()",
                        "an evidence pack asked for without a reader is in English")
                .allowingFixedEnglish("bot/PartnerBot.java", "Readers.english());",
                        "a bot assembled without the language store (tests, minimal assemblies)")
                .allowingFixedEnglish("language/Readers.java", "pref.platform() == null ? Language.EN : pref.platform()",
                        "the last fallback: nobody said a language")
                .allowingFixedEnglish("language/Readers.java", "Language read = l == null ? Language.EN : l;",
                        "the last fallback: nobody said a language")
                .allowingFixedEnglish("language/Readers.java", ".orElse(Language.EN));",
                        "the last fallback of an ack: nothing known without the database")
                .allowingFixedEnglish("reply/PlainText.java", "Locale.UK);",
                        "the English day and month names; other languages' are chosen per span (formatTime)")
                .allowingFixedEnglish("reply/PlainText.java", "Locale.ENGLISH);",
                        "zone abbreviations (GMT, BST, EST), which the Welsh line shows too")
                .allowingLiteral("reply/PlainText.java", "\"EEE d MMM yyyy\"", "a date pattern")
                .allowingLiteral("reply/PlainText.java", "\"EEE d MMM yyyy HH:mm zzz\"", "a date pattern")
                .assertClean();
    }
}
