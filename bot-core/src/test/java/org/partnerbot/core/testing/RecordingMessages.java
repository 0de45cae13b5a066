package org.partnerbot.core.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Messages;

/**
 * The bot's own bundles, remembering which messages were written since the last {@link #drain}: what a conversation
 * said, by meaning rather than by words, so an English and a Welsh run of one scenario can be compared.
 */
public final class RecordingMessages implements Messages {

    /**
     * One message written: its key and its numbers (how many agencies, which action). Other arguments are left out:
     * a name typed in Welsh or a word already translated differs between the languages without changing the meaning.
     */
    public record Used(String key, List<String> numbers) {

        @Override
        public String toString() {
            return numbers.isEmpty() ? key : key + numbers;
        }
    }

    private final Messages bundles = IcuMessages.standard();
    private final List<Used> used = new ArrayList<>();

    @Override
    public synchronized String text(Language language, String key, Object... args) {
        List<String> numbers = new ArrayList<>();
        for (Object a : args == null ? new Object[0] : args) {
            if (a instanceof Number n) {
                numbers.add(n.toString());
            }
        }
        used.add(new Used(key, List.copyOf(numbers)));
        return bundles.text(language, key, args);
    }

    /** What was written since the last call, in order. */
    public synchronized List<Used> drain() {
        List<Used> out = List.copyOf(used);
        used.clear();
        return out;
    }

    @Override
    public String date(Language language, LocalDate date) {
        return bundles.date(language, date);
    }

    @Override
    public String shortDate(Language language, LocalDate date) {
        return bundles.shortDate(language, date);
    }

    @Override
    public String dayMonth(Language language, LocalDate date) {
        return bundles.dayMonth(language, date);
    }

    @Override
    public String weekday(Language language, DayOfWeek day) {
        return bundles.weekday(language, day);
    }

    @Override
    public boolean has(Language language, String key) {
        return bundles.has(language, key);
    }

    @Override
    public Set<String> keys(Language language) {
        return bundles.keys(language);
    }
}
