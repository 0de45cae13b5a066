package org.partnerbot.core.icebreakers;

import java.util.List;

/**
 * The built-in questions. Each one is aimed at a known failure of multi-agency work: unclear roles, duties
 * everyone assumes someone else holds, jargon, status gaps between professions, and information not shared.
 * Answering takes a minute and teaches the others something they need to know about your service.
 */
public final class IcebreakerBank {

    public static final List<String> QUESTIONS = List.of(
            "What is one thing your service is accountable for that others often assume someone else does?",
            "What does your service do that the rest of us most often misunderstand?",
            "Which decision can only your agency make, and which one do people wrongly expect you to make?",
            "What is the first thing that happens in your service when a referral lands?",
            "What is one piece of jargon from your world, and what does it mean in plain words?",
            "What information do you wish other agencies shared with you sooner?",
            "What is one thing you are not allowed to share, and why does that rule exist?",
            "When a family's situation gets worse on a Friday evening, who in your agency picks it up?",
            "What does a good week look like in your job?",
            "What is a thresholds or eligibility rule in your service that surprises people?",
            "What is one pressure on your service right now that the partnership might not see?",
            "Who in your organisation would you call first if this partnership needed a quick answer?",
            "What did another agency do recently that made your job easier?",
            "What is one assumption about your profession that you would like to retire?",
            "If you could change one hand-off between our agencies, which would it be?",
            "What does 'safeguarding' mean day to day in your role?",
            "What do you need from a referral to act on it straight away?",
            "Which of our shared duties do you think is most at risk of being dropped?",
            "What is a recent case (anonymised) where working together made the difference?",
            "What is the hardest part of explaining your service to families?",
            "How long does a typical piece of work last in your service, from start to close?",
            "What does your agency count or report on, and who reads it?",
            "What would you like the others here to ask you about more often?",
            "What is one thing you learned from another profession that changed how you work?",
            "When do you escalate a concern inside your agency, and to whom?",
            "What would make it easier for you to speak up in this meeting?",
            "What is one commitment from this partnership that you personally carry back to your team?",
            "What is something your service stopped doing recently, and who might notice the gap?",
            "What is a word that means something different in your agency than in others?",
            "Who do families in your service trust most, and why?",
            "What is one way this partnership could use your agency's data or knowledge better?",
            "What is one thing you would tell a new member of this partnership about your service?",
            "Where does your service's responsibility end and the next agency's begin?",
            "What is the most common reason a referral to your service is bounced back?",
            "What is one small change that would save you an hour a week in partnership work?",
            "What does your team celebrate?",
            "What part of this partnership's purpose matters most to your agency, and why?",
            "Which statutory duty shapes your work most, in one sentence?",
            "What do you need from the chair to make these meetings useful for your agency?",
            "What is one thing you could offer another agency here this month?",
            "What is a misunderstanding between agencies you have seen resolved well?",
            "How do you prefer to be contacted between meetings, and how quickly can you usually respond?",
            "Which other agency here would you most like to shadow for a day, and what would you hope to learn?",
            "What is one risk you are holding alone that you would like to share with the partnership?");

    private IcebreakerBank() {
    }

    static String key(int index) {
        return "bank:" + index;
    }
}
