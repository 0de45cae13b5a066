package org.partnerbot.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: what makes minutes the partnership's official record: its rules (quorum, marking, confidentiality, when
 * minutes are due), who was present or sent apologies, whether a meeting was quorate, and approval, corrections and
 * amendments.
 */
public interface OfficialRecord {

    /** A partnership's rules; every part null until an admin sets it. */
    record Rules(Integer quorum, List<Long> including, String classification, String confidentiality,
                 Integer minutesDueDays) {
        public static final Rules NONE = new Rules(null, List.of(), null, null, null);
    }

    /** Someone marked present with {@code #here}, and whether they accepted the confidentiality statement. */
    record Presence(long memberId, String userKey, String displayName, Long agencyId, boolean accepted) {
    }

    /** Apologies for an agency (or a person, under their agency), with or without information sent instead. */
    record Apology(Long agencyId, String agencyName, String userKey, String displayName, boolean infoSent) {
    }

    record Approval(Instant at, String userKey, String displayName) {
    }

    record Amendment(LocalDate on, String text, String userKey, String displayName) {
    }

    /** An earlier wording of an entry, replaced by {@code minutes edit}. */
    record Edit(long entryId, String oldText, Instant at, String userKey, String displayName) {
    }

    record Motion(long id, String text) {
    }

    /** An agency's vote: the latest of its people counts. */
    record Vote(long agencyId, String agencyName, String voterName, String vote) {
    }

    /** An agency asked in a {@code #round}, with how many lines its people had said when the round began. */
    record RoundAgency(long agencyId, String agencyName, int linesBefore) {
    }

    /** A {@code #round} still in the minutes: its entry, and the agencies asked in the order asked. */
    record Round(long entryId, List<RoundAgency> asked) {
    }

    Rules rules(long partnershipId);

    /** Records who a round asks, in order, against its minutes entry. */
    void startRound(long entryId, List<RoundAgency> asked);

    /** The meeting's rounds whose entries are still in the minutes, in the order they began. */
    List<Round> rounds(long meetingId);

    long openMotion(long meetingId, String text, long memberId);

    Optional<Motion> openMotion(long meetingId);

    /** Records the agency's vote; returns who had voted for it before, if someone else did. */
    Optional<String> vote(long motionId, long agencyId, long memberId, String vote);

    List<Vote> votes(long motionId);

    void closeMotion(long motionId, String result);

    void setQuorum(long partnershipId, int agencies, List<Long> including);

    void setClassification(long partnershipId, String classification);

    void setConfidentiality(long partnershipId, String statement);

    void setMinutesDue(long partnershipId, int workingDays);

    /** Marks the member present (again: the latest marking and acceptance stand). */
    void here(long meetingId, long memberId, Long agencyId, long markedBy, boolean accepted);

    List<Presence> presence(long meetingId);

    void apologise(long meetingId, Long agencyId, Long memberId, boolean infoSent);

    List<Apology> apologies(long meetingId);

    /** Records why the meeting is inquorate (the chair's words, or what the rule found). */
    void inquorate(long meetingId, String reason);

    Optional<String> inquorateReason(long meetingId);

    /** How many of the partnership's latest ended meetings, in a row, were inquorate. */
    int inquorateInARow(long partnershipId);

    Optional<Approval> approval(long meetingId);

    void approve(long meetingId, long memberId);

    void amend(long meetingId, LocalDate on, String text, long memberId);

    List<Amendment> amendments(long meetingId);

    /** Replaces an entry's text, keeping the old wording. */
    void edit(long entryId, String newText, long memberId);

    List<Edit> edits(long meetingId);
}
