package org.partnerbot.core.store.partnership;

import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.AgencyRemoval;
import org.partnerbot.core.store.Jdbc;

public final class JdbcAgencyRemoval implements AgencyRemoval {

    private final Jdbc jdbc;

    public JdbcAgencyRemoval(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Outcome remove(Agency agency) {
        int members = jdbc.update("UPDATE members SET agency_id = NULL WHERE agency_id = ?", agency.id());
        int actions = jdbc.update("UPDATE actions SET owner_agency_id = NULL WHERE owner_agency_id = ? AND status = 'OPEN'", agency.id());
        jdbc.update("UPDATE agencies SET active = FALSE WHERE id = ?", agency.id());
        return new Outcome(members, actions);
    }
}
