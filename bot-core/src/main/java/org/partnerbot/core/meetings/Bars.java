package org.partnerbot.core.meetings;

/** Text bars for shares ("NHS ▇▇▇▇▇▇ 41%"), readable on every platform and in the console. */
public final class Bars {

    private static final int WIDTH = 20;

    private Bars() {
    }

    public static String bar(String label, int part, int total) {
        int percent = total == 0 ? 0 : (int) Math.round(100.0 * part / total);
        int blocks = total == 0 ? 0 : (int) Math.round((double) WIDTH * part / total);
        if (part > 0 && blocks == 0) {
            blocks = 1;
        }
        return label + " " + "▇".repeat(blocks) + " " + percent + "% (" + part + ")";
    }
}
