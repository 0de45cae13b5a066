package org.partnerbot.core.store.icebreakers;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.icebreakers.Icebreakers;

public final class JdbcIcebreakers implements Icebreakers {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcIcebreakers(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Custom add(long partnershipId, String text, long addedBy) {
        long id = jdbc.insert("INSERT INTO icebreaker_questions (partnership_id, text, added_by, created_at) VALUES (?, ?, ?, ?)",
                partnershipId, text, addedBy, clock.instant());
        return new Custom(id, text);
    }

    @Override
    public List<Custom> custom(long partnershipId) {
        return jdbc.list("SELECT id, text FROM icebreaker_questions WHERE partnership_id = ? ORDER BY id",
                rs -> new Custom(rs.getLong(1), rs.getString(2)), partnershipId);
    }

    @Override
    public Set<String> askedKeys(long partnershipId) {
        return new HashSet<>(jdbc.list("SELECT question_key FROM icebreakers_asked WHERE partnership_id = ?",
                rs -> rs.getString(1), partnershipId));
    }

    @Override
    public void markAsked(long partnershipId, String key, Long meetingId) {
        jdbc.update("INSERT INTO icebreakers_asked (partnership_id, question_key, meeting_id, asked_at) VALUES (?, ?, ?, ?)",
                partnershipId, key, meetingId, clock.instant());
    }

    @Override
    public void resetAsked(long partnershipId) {
        jdbc.update("DELETE FROM icebreakers_asked WHERE partnership_id = ?", partnershipId);
    }
}
