package org.partnerbot.core.store.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.MembershipSource;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.store.Jdbc;

public final class JdbcMembers implements Members {

    /**
     * A member's name in any query that joins {@code members m LEFT JOIN people u}: the person's, or the pseudonym of a
     * forgotten member, whose row no longer points at anyone.
     */
    public static final String NAME = "CASE WHEN u.id IS NOT NULL THEN u.display_name"
            + " WHEN m.pseudonym_no IS NOT NULL THEN CONCAT('former member ', m.pseudonym_no) END";

    public static final String SELECT = "SELECT m.id, m.partnership_id, u.user_key, " + NAME + " AS display_name,"
            + " u.time_zone, m.agency_id, a.name AS agency_name, m.is_admin, m.is_chair, m.status, m.source"
            + " FROM members m LEFT JOIN people u ON u.id = m.person_id"
            + " LEFT JOIN agencies a ON a.id = m.agency_id AND a.active";

    /**
     * The people a user key names (one per workspace), then the member by the membership's own key: filtered on the
     * joined person's key in one query, H2 walked every member of the partnership for each call, and the outbox makes
     * one for each message it sends (a 10,000-member round's messages became quadratic).
     */
    static final String PEOPLE_BY_USER_KEY = "SELECT id FROM people WHERE user_key = ?";
    static final String BY_PERSON = SELECT + " WHERE m.partnership_id = ? AND m.person_id = ?";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcMembers(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long person(String workspace, String userKey, String displayName, ZoneId zone, String organisation) {
        // Every command refreshes its speaker from the platform, and almost always nothing changed: the stored row is
        // read once and only what differs is written (an unchanged person costs one read, no write).
        Stored stored = stored(workspace, userKey).orElseGet(() -> {
            personNamed(workspace, userKey, displayName);
            return stored(workspace, userKey).orElseThrow();
        });
        List<String> changes = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (organisation != null) {
            // The workspace's own people are stored without one: only a guest reaches the partnership from elsewhere.
            String guestOf = organisation.equals(workspace) ? null : organisation;
            if (!Objects.equals(guestOf, stored.organisation())) {
                changes.add("organisation = ?");
                values.add(guestOf);
            }
        }
        if (displayName != null && !displayName.equals(userKey) && !displayName.equals(stored.displayName())) {
            changes.add("display_name = ?");
            values.add(displayName);
        }
        if (zone != null && !zone.getId().equals(stored.timeZone())) {
            changes.add("time_zone = ?");
            values.add(zone);
        }
        if (!changes.isEmpty()) {
            values.add(stored.id());
            jdbc.update("UPDATE people SET " + String.join(", ", changes) + " WHERE id = ?", values.toArray());
        }
        return stored.id();
    }

    /** A person's row as stored, to compare with what the platform says now. */
    private record Stored(long id, String displayName, String timeZone, String organisation) {
    }

    private Optional<Stored> stored(String workspace, String userKey) {
        return jdbc.one("SELECT id, display_name, time_zone, organisation FROM people WHERE workspace = ? AND user_key = ?",
                rs -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), workspace, userKey);
    }

    @Override
    public long personNamed(String workspace, String userKey, String nameIfNew) {
        // People belong to the workspace, not to one partnership, so the partnership lock does not cover them:
        // two partnerships may meet the same new person at once, and one of them finds the other's row.
        Optional<Long> personId = findPerson(workspace, userKey);
        if (personId.isEmpty()) {
            jdbc.insertUnlessDuplicate("INSERT INTO people (workspace, user_key, display_name) VALUES (?, ?, ?)",
                    workspace, userKey, nameIfNew == null || nameIfNew.isBlank() ? userKey : nameIfNew);
            personId = findPerson(workspace, userKey);
        }
        return personId.orElseThrow();
    }

    @Override
    public Member join(long partnershipId, long personId, MembershipStatus status, MembershipSource source) {
        Optional<Long> existing = jdbc.one("SELECT id FROM members WHERE partnership_id = ? AND person_id = ?",
                rs -> rs.getLong(1), partnershipId, personId);
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.update("UPDATE members SET status = ?, source = ?, status_changed_at = ? WHERE id = ?",
                    status, source, clock.instant(), id);
        } else {
            id = jdbc.insert("INSERT INTO members (partnership_id, person_id, is_admin, is_chair, joined_at, status, source,"
                    + " status_changed_at) VALUES (?, ?, FALSE, FALSE, ?, ?, ?, ?)",
                    partnershipId, personId, clock.instant(), status, source, clock.instant());
        }
        return findById(id).orElseThrow();
    }

    private Optional<Long> findPerson(String workspace, String userKey) {
        return jdbc.one("SELECT id FROM people WHERE workspace = ? AND user_key = ?", rs -> rs.getLong(1), workspace, userKey);
    }

    @Override
    public Optional<Member> findByUserKey(long partnershipId, String userKey) {
        for (long person : jdbc.list(PEOPLE_BY_USER_KEY, rs -> rs.getLong(1), userKey)) {
            Optional<Member> member = jdbc.one(BY_PERSON, JdbcMembers::map, partnershipId, person);
            if (member.isPresent()) {
                return member;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Member> findById(long memberId) {
        return jdbc.one(SELECT + " WHERE m.id = ?", JdbcMembers::map, memberId);
    }

    @Override
    public List<Member> list(long partnershipId) {
        return jdbc.list(SELECT + " WHERE m.partnership_id = ? AND m.status = 'ACTIVE' ORDER BY m.id", JdbcMembers::map,
                partnershipId);
    }

    @Override
    public List<Member> pending(long partnershipId) {
        return jdbc.list(SELECT + " WHERE m.partnership_id = ? AND m.status = 'PENDING' ORDER BY m.id", JdbcMembers::map,
                partnershipId);
    }

    @Override
    public List<Member> ofAgency(long agencyId) {
        return jdbc.list(SELECT + " WHERE m.agency_id = ? AND m.status = 'ACTIVE' ORDER BY m.id", JdbcMembers::map, agencyId);
    }

    @Override
    public List<Member> ofPerson(String workspace, String userKey) {
        return jdbc.list(SELECT + " WHERE u.workspace = ? AND u.user_key = ? ORDER BY m.partnership_id", JdbcMembers::map,
                workspace, userKey);
    }

    @Override
    public List<String> workspacesReachedFrom(String workspace, String organisation, String userKey) {
        String own = organisation == null ? workspace : organisation;
        java.util.Set<String> reached = new java.util.LinkedHashSet<>(List.of(workspace, own));
        reached.addAll(jdbc.list("SELECT DISTINCT workspace FROM people WHERE organisation IN (?, ?) AND user_key = ?"
                + " ORDER BY workspace", rs -> rs.getString(1), workspace, own, userKey));
        return List.copyOf(reached);
    }

    @Override
    public void setStatus(long memberId, MembershipStatus status) {
        jdbc.update("UPDATE members SET status = ?, status_changed_at = ? WHERE id = ?", status, clock.instant(), memberId);
    }

    @Override
    public void setAgency(long memberId, Long agencyId) {
        jdbc.update("UPDATE members SET agency_id = ? WHERE id = ?", agencyId, memberId);
    }

    @Override
    public void setChair(long memberId, boolean chair) {
        jdbc.update("UPDATE members SET is_chair = ? WHERE id = ?", chair, memberId);
    }

    @Override
    public void setAdmin(long memberId, boolean admin) {
        jdbc.update("UPDATE members SET is_admin = ? WHERE id = ?", admin, memberId);
    }

    public static Member map(ResultSet rs) throws SQLException {
        String agencyName = rs.getString("agency_name");
        Long agencyId = agencyName == null ? null : Jdbc.nullableLong(rs, "agency_id");
        return new Member(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("user_key"),
                rs.getString("display_name"), Jdbc.zone(rs, "time_zone"), agencyId, agencyName,
                rs.getBoolean("is_admin"), rs.getBoolean("is_chair"), MembershipStatus.valueOf(rs.getString("status")),
                MembershipSource.valueOf(rs.getString("source")));
    }
}
