package org.partnerbot.core.schedule;

/** Told when a series changes, so whatever wakes the bot at meeting times (Quartz) follows the change. */
@FunctionalInterface
public interface SeriesListener {

    void changed(MeetingSeries series);
}
