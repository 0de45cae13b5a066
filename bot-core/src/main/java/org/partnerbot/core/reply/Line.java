package org.partnerbot.core.reply;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A line of inline spans; built with {@link #builder()} or {@link #of(String)}. */
public record Line(List<Span> spans) {

    public Line {
        spans = List.copyOf(spans);
    }

    public static Line of(String text) {
        return new Line(List.of(new Span.Text(text)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The line as plain text: what the console shows and what notifications fall back to. */
    public String plain() {
        return PlainText.render(this);
    }

    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        public Builder text(String text) {
            if (!text.isEmpty()) {
                spans.add(new Span.Text(text));
            }
            return this;
        }

        public Builder strong(String text) {
            spans.add(new Span.Strong(text));
            return this;
        }

        public Builder code(String text) {
            spans.add(new Span.Code(text));
            return this;
        }

        /** A person, mentioned natively; someone with no user key (a forgotten member) is only named, never mentioned. */
        public Builder person(String userKey, String displayName) {
            if (userKey == null) {
                return text(displayName == null ? "" : displayName);
            }
            spans.add(new Span.Person(userKey, displayName));
            return this;
        }

        public Builder time(Instant at, ZoneId zone, Span.TimeStyle style) {
            spans.add(new Span.Time(at, zone, style));
            return this;
        }

        /** A moment whose plain rendering is written in the language of code {@code language} ({@code cy}, {@code en}). */
        public Builder time(Instant at, ZoneId zone, Span.TimeStyle style, String language) {
            spans.add(new Span.Time(at, zone, style, language));
            return this;
        }

        public Builder append(Line line) {
            spans.addAll(line.spans());
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        public Line build() {
            return new Line(spans);
        }
    }
}
