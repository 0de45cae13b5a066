package org.partnerbot.core.pairing;

import java.util.List;

/** Suggested first questions for a coffee chat: about the work, so strangers from different services have a way in. */
final class Openers {

    static final List<String> ALL = List.of(
            "What does a typical Monday look like in your service?",
            "What is one thing about your agency you wish partners knew?",
            "What brought you into this line of work?",
            "Which part of our partnership's work affects your team most?",
            "What is a referral or hand-off between our services that could be smoother?",
            "Who else in your organisation should I know about?",
            "What is something your team is proud of this year?",
            "What is the most useful thing another agency did for you lately?");

    private Openers() {
    }

    static String forRound(long seed, int group) {
        return ALL.get(Math.floorMod(seed + group, ALL.size()));
    }
}
