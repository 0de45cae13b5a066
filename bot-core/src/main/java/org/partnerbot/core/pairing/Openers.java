package org.partnerbot.core.pairing;

/**
 * Suggested first questions for a coffee chat: about the work, so strangers from different services have a way in.
 * The words are in the bundles ({@code pairing.opener.0} …), in each reader's language.
 */
final class Openers {

    static final int COUNT = 8;

    private Openers() {
    }

    /** The bundle key of the opener for a group of a round. */
    static String forRound(long seed, int group) {
        return "pairing.opener." + Math.floorMod(seed + group, COUNT);
    }
}
