package org.partnerbot.core.wiring;

import org.partnerbot.core.store.Database;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.JdbcTransactions;
import org.partnerbot.core.store.actions.JdbcActions;
import org.partnerbot.core.store.agenda.JdbcAgendaItems;
import org.partnerbot.core.store.duties.JdbcDuties;
import org.partnerbot.core.store.intake.JdbcInbox;
import org.partnerbot.core.store.meetings.JdbcMeetings;
import org.partnerbot.core.store.messaging.JdbcConversationReferences;
import org.partnerbot.core.store.partnership.JdbcAgencies;
import org.partnerbot.core.store.partnership.JdbcAgencyRemoval;
import org.partnerbot.core.store.partnership.JdbcMembers;
import org.partnerbot.core.store.partnership.JdbcPartnerships;
import java.time.Clock;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.AgencyRemoval;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnerships;

/** The JDBC implementations of the core's repository ports, sharing one transaction manager. */
public final class JdbcRepositories {

    private final JdbcTransactions transactions;
    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcRepositories(Database database, Clock clock) {
        this.transactions = new JdbcTransactions(database.dataSource());
        this.jdbc = new Jdbc(transactions);
        this.clock = clock;
    }

    public JdbcTransactions transactions() {
        return transactions;
    }

    /** The helper itself, for repositories of other capabilities that live beside these. */
    public Jdbc jdbc() {
        return jdbc;
    }

    public Partnerships partnerships() {
        return new JdbcPartnerships(jdbc, clock);
    }

    public Agencies agencies() {
        return new JdbcAgencies(jdbc, clock);
    }

    public AgencyRemoval agencyRemoval() {
        return new JdbcAgencyRemoval(jdbc);
    }

    public Members members() {
        return new JdbcMembers(jdbc, clock);
    }

    public AgendaItems agendaItems() {
        return new JdbcAgendaItems(jdbc, clock);
    }

    public Duties duties() {
        return new JdbcDuties(jdbc, clock);
    }

    public Actions actions() {
        return new JdbcActions(jdbc, clock);
    }

    public Meetings meetings() {
        return new JdbcMeetings(jdbc, clock);
    }

    public Inbox deliveryLog() {
        return new JdbcInbox(jdbc, clock);
    }

    /** Adapters' stored references; every call runs in (or joins) its own transaction. */
    public ConversationReferences conversationReferences() {
        JdbcConversationReferences refs = new JdbcConversationReferences(jdbc, clock);
        return new ConversationReferences() {
            @Override
            public void save(String workspace, String key, String reference) {
                transactions.run(() -> refs.save(workspace, key, reference));
            }

            @Override
            public java.util.Optional<String> findActive(String workspace, String key) {
                return transactions.inTransaction(() -> refs.findActive(workspace, key));
            }

            @Override
            public void deactivate(String workspace, String key) {
                transactions.run(() -> refs.deactivate(workspace, key));
            }
        };
    }
}
