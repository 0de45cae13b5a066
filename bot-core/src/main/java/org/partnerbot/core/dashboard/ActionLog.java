package org.partnerbot.core.dashboard;

import java.time.LocalDate;
import java.util.List;

/** Every action with its owning agency, owner, due date and status, filtered by agency and status. */
public record ActionLog(List<AgencyOption> agencies, Filter filter, List<Row> rows, int total) {

    /** An agency to filter by, by its opaque id. */
    public record AgencyOption(long id, String name) {
    }

    /** What the action log shows; a null field does not filter. */
    public record Filter(Long agencyId, Status status) {

        public static final Filter ALL = new Filter(null, null);

        public boolean keeps(Row row) {
            return (agencyId == null || agencyId.equals(row.agencyId())) && (status == null || status == row.status()
                    || status == Status.OVERDUE && row.overdue());
        }
    }

    /**
     * How an action stands, as the action's own status says (closed undone: NOT_POSSIBLE, NOT_UNDERTAKEN); OVERDUE is an
     * open action past its due date (a filter, and shown beside OPEN).
     */
    public enum Status {
        OPEN, DONE, NOT_POSSIBLE, NOT_UNDERTAKEN, OVERDUE;

        /** "not possible" for the page. */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One action.
     *
     * @param agency  the owning agency's name (the agency itself, or its owner's), null when none
     * @param owner   the owning person's name, null when an agency or nobody owns it
     * @param onTime  for a done action: done by its due date (or it had none); null while open
     */
    public record Row(int number, String text, Long agencyId, String agency, String owner, boolean unassigned,
                      LocalDate due, Status status, boolean overdue, LocalDate done, Boolean onTime, LocalDate recorded) {
    }
}
