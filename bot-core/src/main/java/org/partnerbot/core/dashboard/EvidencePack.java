package org.partnerbot.core.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerbot.core.health.Share;

/**
 * One printable document for a date range: the overview, the duties matrix, the actions and meetings of the period,
 * its trends and its figures, with when and by whom it was produced (also written to the audit log).
 *
 * @param figures the period's figures, computed as `report` computes its own
 */
public record EvidencePack(LocalDate from, LocalDate to, Instant produced, String producedBy, Overview overview,
                           DutiesMatrix duties, ActionLog actions, List<MeetingRecord> meetings, Trends trends,
                           Figures figures) {

    /**
     * @param lines by agency, largest first, as `report` lists its share of lines said
     */
    public record Figures(int meetings, int actionsRecorded, int actionsDone, int actionsDoneOnTime,
                          List<Share> lines, int linesTotal, List<String> silent) {
    }
}
