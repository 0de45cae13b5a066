package org.partnerbot.core.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Agencies across, duties down: who holds each duty, with UNASSIGNED and DUPLICATED duties and how long the gap has lasted. */
public record DutiesMatrix(List<String> agencies, List<Row> rows) {

    public enum State {
        HELD, UNASSIGNED, DUPLICATED
    }

    /**
     * One duty.
     *
     * @param holders       per agency (in the order of {@link #agencies()}), the names of the holders from it
     * @param withoutAgency holders who belong to no agency
     * @param gapSince      when the duty became UNASSIGNED or DUPLICATED (its owners last changed); null when held
     * @param gap           how long that has lasted; null when held
     */
    public record Row(String duty, String description, State state, List<List<String>> holders, List<String> withoutAgency,
                      Instant gapSince, Duration gap) {
    }

    public long unassigned() {
        return rows.stream().filter(r -> r.state() == State.UNASSIGNED).count();
    }

    public long duplicated() {
        return rows.stream().filter(r -> r.state() == State.DUPLICATED).count();
    }
}
