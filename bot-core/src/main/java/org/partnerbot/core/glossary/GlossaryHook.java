package org.partnerbot.core.glossary;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.MeetingEntry;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;

/**
 * Ends minutes with the meanings of glossary terms the meeting used, so a reader from another profession
 * (or a new member) is not shut out by acronyms. Only what the minutes recorded is searched.
 */
public final class GlossaryHook implements MeetingHook {

    private final Glossary glossary;
    private final Meetings meetings;
    private final Readers readers;

    public GlossaryHook(Glossary glossary, Meetings meetings, Readers readers) {
        this.glossary = glossary;
        this.meetings = meetings;
        this.readers = readers;
    }

    @Override
    public void onMinutes(Partnership partnership, Meeting meeting, Reply.Builder minutes) {
        onMinutes(readers.channel(partnership.id()).get(0), partnership, meeting, minutes);
    }

    @Override
    public void onMinutes(Texts t, Partnership partnership, Meeting meeting, Reply.Builder minutes) {
        List<GlossaryTerm> terms = glossary.all(partnership.id());
        if (terms.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        texts.add(meeting.title());
        meetings.entries(meeting.id()).stream().map(MeetingEntry::text).forEach(texts::add);
        List<GlossaryTerm> used = TermMatcher.used(terms, texts);
        if (!used.isEmpty()) {
            minutes.list(t.t("glossary.usedInMeeting"),
                    used.stream().map(term -> Block.Item.of(GlossaryCommands.line(term))).toList(), null);
        }
    }
}
