package org.partnerbot.core.reply;

/** Small English helpers so replies read naturally ("1 agency", "3 agencies"). */
public final class Words {

    private Words() {
    }

    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
