package org.partnerbot.core.store.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

/**
 * Every command refreshes its speaker's name, zone and organisation from the platform: what changed is stored, what
 * the platform did not say keeps what is stored (the store compares before it writes, so an unchanged speaker is read only).
 */
class SpeakerRefreshTest {

    private final CoreModule core = new CoreModule(TestDatabases.inMemory(), Clock.systemUTC());

    @AfterEach
    void close() {
        core.close();
    }

    private long person(String name, ZoneId zone, String organisation) {
        return core.transactions().inTransaction(() -> core.members().person("slack:T1", "U1", name, zone, organisation));
    }

    private List<String> stored() {
        return core.transactions().inTransaction(() -> core.jdbc().one(
                "SELECT display_name, time_zone, organisation FROM people WHERE workspace = 'slack:T1' AND user_key = 'U1'",
                rs -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))).orElseThrow());
    }

    @Test
    void aNewSpeakerIsStoredWithWhatThePlatformSays() {
        person("Dan", ZoneId.of("Europe/London"), "slack:T4");

        assertThat(stored()).containsExactly("Dan", "Europe/London", "slack:T4");
    }

    @Test
    void aChangedNameZoneAndOrganisationAreStoredOnTheSamePerson() {
        long first = person("Dan", ZoneId.of("Europe/London"), "slack:T1");

        long again = person("Daniel", ZoneId.of("Europe/Paris"), "slack:T4");

        assertThat(again).isEqualTo(first);
        assertThat(stored()).containsExactly("Daniel", "Europe/Paris", "slack:T4");
    }

    @Test
    void aGuestSeenFromTheirHostsOwnWorkspaceAgainIsNoLongerAGuest() {
        person("Dan", null, "slack:T4");

        person("Dan", null, "slack:T1");

        assertThat(stored()).containsExactly("Dan", null, null);
    }

    @Test
    void whatThePlatformDidNotSayKeepsWhatIsStored() {
        long first = person("Dan", ZoneId.of("Europe/London"), "slack:T4");

        // No zone, no organisation, and only the user key for a name: nothing to refresh.
        long again = person("U1", null, null);

        assertThat(again).isEqualTo(first);
        assertThat(stored()).containsExactly("Dan", "Europe/London", "slack:T4");
    }
}
