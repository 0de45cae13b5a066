package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agency;

/**
 * Reads a {@code #action} line: the owner is the first @mention, else the first agency named in the text,
 * else nobody (UNASSIGNED); {@code by YYYY-MM-DD} sets the due date.
 */
record ActionLine(String text, UserRefs.Mention person, Agency agency, LocalDate due) {

    private static final Pattern BY_DATE = Pattern.compile("(?i)\\s*\\bby\\s+(\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4})\\b");

    static ActionLine parse(String raw, List<Agency> agencies, CommandSpec spec, Texts t) {
        String text = raw.strip();
        LocalDate due = null;
        Matcher by = BY_DATE.matcher(text);
        if (by.find()) {
            String date = by.group(1);
            due = Dates.parse(date, spec, t);
            text = (text.substring(0, by.start()) + " " + text.substring(by.end())).strip();
        }
        Optional<UserRefs.Mention> mention = UserRefs.first(text);
        Agency agency = null;
        if (mention.isPresent() && mention.get().start() == 0) {
            text = text.substring(mention.get().end()).strip();
        } else if (mention.isEmpty()) {
            agency = namedAgency(text, agencies);
            if (agency != null && text.toLowerCase(Locale.ROOT).startsWith(agency.name().toLowerCase(Locale.ROOT) + " ")) {
                text = text.substring(agency.name().length()).strip();
            }
        }
        if (text.isEmpty()) {
            throw new UserError(t.t("record.action.needsText"), spec);
        }
        return new ActionLine(text, mention.orElse(null), agency, due);
    }

    private static Agency namedAgency(String text, List<Agency> agencies) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        return agencies.stream()
                .filter(a -> lower.contains(" " + a.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip() + " "))
                .min(Comparator.comparingInt((Agency a) -> lower.indexOf(
                        " " + a.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip() + " "))
                        .thenComparing(a -> -a.name().length()))
                .orElse(null);
    }
}
