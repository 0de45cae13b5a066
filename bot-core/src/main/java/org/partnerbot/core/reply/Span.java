package org.partnerbot.core.reply;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** One run of inline content. Platforms render people and times natively; plain text is always escaped by the renderer. */
public sealed interface Span {

    /** User-supplied or bot text; never interpreted as markup by any renderer. */
    record Text(String text) implements Span {
        public Text {
            Objects.requireNonNull(text);
        }
    }

    /** Emphasised bot text (names of duties, titles). */
    record Strong(String text) implements Span {
        public Strong {
            Objects.requireNonNull(text);
        }
    }

    /** Something to type, shown as code. */
    record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text);
        }
    }

    /** A person, mentioned by platform user key; displayName is the fallback where mentions are not possible. */
    record Person(String userKey, String displayName) implements Span {
        public Person {
            Objects.requireNonNull(userKey);
            displayName = displayName == null || displayName.isBlank() ? userKey : displayName;
        }
    }

    /**
     * A moment each reader should see in their own zone; zone is the fallback (the partnership's or the asker's), and
     * language the code of the one its plain rendering is written in (null: English), so a Welsh line reads "Iau 3 Rhag 2026".
     */
    record Time(Instant at, ZoneId zone, TimeStyle style, String language) implements Span {
        public Time {
            Objects.requireNonNull(at);
            Objects.requireNonNull(zone);
            Objects.requireNonNull(style);
        }

        public Time(Instant at, ZoneId zone, TimeStyle style) {
            this(at, zone, style, null);
        }
    }

    enum TimeStyle { DATE, DATE_TIME, TIME }
}
