package org.partnerbot.core.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnerbot.core.health.Share;
import org.partnerbot.core.i18n.Language;

/**
 * One printable document for a date range: the overview, the duties matrix, the actions and meetings of the period,
 * its trends and its figures, with when and by whom it was produced (also written to the audit log).
 *
 * @param figures  the period's figures, computed as `report` computes its own
 * @param language the language its minutes are written in, and the page with them
 */
public record EvidencePack(LocalDate from, LocalDate to, Instant produced, String producedBy, Overview overview,
                           DutiesMatrix duties, ActionLog actions, List<MeetingRecord> meetings, Trends trends,
                           Figures figures, Language language) {

    /**
     * The pack in each language of the partnership's policy, in the order shown: one for English or Welsh, Welsh then
     * English when bilingual (as the Welsh Language Standards expect), the same figures in each.
     */
    public record Editions(List<EvidencePack> editions) {

        public Editions {
            editions = List.copyOf(editions);
            if (editions.isEmpty()) {
                throw new IllegalArgumentException("an evidence pack has at least one language");
            }
        }

        /** The edition shown first: its language is the page's. */
        public EvidencePack first() {
            return editions.get(0);
        }

        public boolean bilingual() {
            return editions.size() > 1;
        }
    }

    /**
     * @param lines by agency, largest first, as `report` lists its share of lines said
     */
    public record Figures(int meetings, int actionsRecorded, int actionsDone, int actionsDoneOnTime,
                          List<Share> lines, int linesTotal, List<String> silent) {
    }
}
