package org.partnerbot.core.partnership;

/** Port: removes an agency, leaving its members without one and its open actions UNASSIGNED (never silently lost). */
public interface AgencyRemoval {

    record Outcome(int membersLeft, int actionsUnassigned) {
    }

    Outcome remove(Agency agency);
}
