package org.partnerbot.core.store.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.store.Jdbc;

/** The series as weekday name, local time text and zone id: what a person set, not a converted instant. */
public final class JdbcMeetingSeries implements MeetingSeriesStore {

    private static final String SELECT = "SELECT partnership_id, weekday, local_time, time_zone, duration_minutes,"
            + " agenda_lead_hours, paused FROM meeting_series";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcMeetingSeries(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<MeetingSeries> find(long partnershipId) {
        // The series and its skip dates in one read (a row per skip date, one with none): every timer firing reads it.
        record Row(MeetingSeries series, LocalDate skip) {
        }
        List<Row> rows = jdbc.list("SELECT s.partnership_id, s.weekday, s.local_time, s.time_zone, s.duration_minutes,"
                + " s.agenda_lead_hours, s.paused, k.skip_date FROM meeting_series s LEFT JOIN meeting_skips k"
                + " ON k.partnership_id = s.partnership_id WHERE s.partnership_id = ? ORDER BY k.skip_date",
                rs -> new Row(series(rs, new TreeSet<>()), Jdbc.date(rs, "skip_date")), partnershipId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<LocalDate> skips = new TreeSet<>();
        rows.stream().map(Row::skip).filter(java.util.Objects::nonNull).forEach(skips::add);
        return Optional.of(series(rows.get(0).series(), skips));
    }

    @Override
    public void save(MeetingSeries s) {
        int updated = jdbc.update("UPDATE meeting_series SET weekday = ?, local_time = ?, time_zone = ?, duration_minutes = ?,"
                        + " agenda_lead_hours = ?, paused = ?, updated_at = ? WHERE partnership_id = ?",
                s.day(), s.time().toString(), s.zone(), s.durationMinutes(), s.agendaLeadHours(), s.paused(), clock.instant(),
                s.partnershipId());
        if (updated == 0) {
            jdbc.update("INSERT INTO meeting_series (partnership_id, weekday, local_time, time_zone, duration_minutes,"
                            + " agenda_lead_hours, paused, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    s.partnershipId(), s.day(), s.time().toString(), s.zone(), s.durationMinutes(), s.agendaLeadHours(),
                    s.paused(), clock.instant());
        }
        jdbc.update("DELETE FROM meeting_skips WHERE partnership_id = ?", s.partnershipId());
        for (LocalDate d : s.skips()) {
            jdbc.update("INSERT INTO meeting_skips (partnership_id, skip_date) VALUES (?, ?)", s.partnershipId(), d);
        }
    }

    @Override
    public List<MeetingSeries> all() {
        return jdbc.list(SELECT + " ORDER BY partnership_id", this::map);
    }

    @Override
    public List<MeetingSeries> timingsInZone(ZoneId zone, long afterPartnershipId, int limit) {
        return jdbc.list(SELECT + " WHERE time_zone = ? AND paused = FALSE AND partnership_id > ? ORDER BY partnership_id"
                + " FETCH FIRST " + limit + " ROWS ONLY", rs -> series(rs, new TreeSet<>()), zone, afterPartnershipId);
    }

    private MeetingSeries map(ResultSet rs) throws SQLException {
        long id = rs.getLong("partnership_id");
        List<LocalDate> skips = jdbc.list("SELECT skip_date FROM meeting_skips WHERE partnership_id = ? ORDER BY skip_date",
                r -> Jdbc.date(r, "skip_date"), id);
        return series(rs, new TreeSet<>(skips));
    }

    private static MeetingSeries series(ResultSet rs, TreeSet<LocalDate> skips) throws SQLException {
        return new MeetingSeries(rs.getLong("partnership_id"), DayOfWeek.valueOf(rs.getString("weekday")),
                LocalTime.parse(rs.getString("local_time")), ZoneId.of(rs.getString("time_zone")), rs.getInt("duration_minutes"),
                rs.getInt("agenda_lead_hours"), rs.getBoolean("paused"), skips);
    }

    private static MeetingSeries series(MeetingSeries s, TreeSet<LocalDate> skips) {
        return new MeetingSeries(s.partnershipId(), s.day(), s.time(), s.zone(), s.durationMinutes(), s.agendaLeadHours(),
                s.paused(), skips);
    }
}
