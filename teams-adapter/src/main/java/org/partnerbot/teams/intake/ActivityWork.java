package org.partnerbot.teams.intake;

import org.partnerbot.core.intake.InboxEntry;
import org.partnerbot.core.intake.InboxWork;
import org.partnerbot.teams.connector.SdkAdapter;
import org.partnerbot.teams.turn.TeamsTurn;

/**
 * The Teams side of the inbox's workers: an accepted activity's turn, run through the SDK under the identity its
 * request proved, answering in its conversation. An entry that already carries its answer (the command committed,
 * then the process stopped) only sends that answer.
 */
public final class ActivityWork implements InboxWork {

    private final SdkAdapter adapter;
    private final TeamsTurn turn;

    public ActivityWork(SdkAdapter adapter, TeamsTurn turn) {
        this.adapter = adapter;
        this.turn = turn;
    }

    @Override
    public void run(InboxEntry entry) {
        StoredActivity stored = StoredActivity.fromJson(entry.arrival().input());
        adapter.run(stored.identity(), stored.activity(), entry.answer().map(turn::answerAgain).orElse(turn::onTurn)).join();
    }
}
