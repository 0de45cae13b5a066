package org.partnerbot.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.wiring.CoreModule;

/**
 * Fills an existing partnership through the core's own stores, as thousands of typed commands would: agenda items,
 * unassigned actions, members spread over agencies. Texts are numbered ({@code Item 00042}) so a test can tell every
 * one from the others when it reads them back page by page.
 */
public final class BigPartnership {

    private BigPartnership() {
    }

    public static String number(int i) {
        return String.format("%05d", i);
    }

    /** {@code n} agenda items, each {@code Item NNNNN} followed by filler making it about {@code length} characters. */
    public static void agenda(CoreModule core, long partnershipId, long proposerMemberId, int n, int length) {
        core.transactions().run(() -> {
            for (int i = 1; i <= n; i++) {
                core.agendaItems().add(partnershipId, padded("Item " + number(i), length), proposerMemberId, null);
            }
        });
    }

    /** {@code n} open actions nobody owns, {@code Action NNNNN …}. */
    public static void actions(CoreModule core, long partnershipId, long creatorMemberId, int n) {
        core.transactions().run(() -> {
            for (int i = 1; i <= n; i++) {
                core.actions().create(partnershipId, padded("Action " + number(i), 60), null, null, null, null, creatorMemberId);
            }
        });
    }

    /**
     * {@code n} active members named {@code memberNNNNN} (user keys {@code prefix + NNNNN}), spread over {@code agencies}
     * new agencies ({@code Agency 1} …); every tenth has no agency. Written in a few set-based statements (H2), as
     * thousands of joins one by one would take minutes on a busy machine.
     */
    public static void members(CoreModule core, String workspace, long partnershipId, String prefix, int n, int agencies) {
        core.transactions().run(() -> {
            List<Long> ids = new ArrayList<>();
            for (int a = 1; a <= agencies; a++) {
                ids.add(core.agencies().add(partnershipId, "Agency " + a).id());
            }
            core.jdbc().update("INSERT INTO people (workspace, user_key, display_name) SELECT ?, CONCAT(?, LPAD(CAST(X AS VARCHAR), 5, '0')),"
                    + " CONCAT('member', LPAD(CAST(X AS VARCHAR), 5, '0')) FROM SYSTEM_RANGE(1, ?)", workspace, prefix, n);
            java.time.Instant now = core.clock().instant();
            core.jdbc().update("INSERT INTO members (partnership_id, person_id, is_admin, is_chair, joined_at, status, source,"
                    + " status_changed_at) SELECT ?, id, FALSE, FALSE, ?, 'ACTIVE', 'ADMIN', ? FROM people"
                    + " WHERE workspace = ? AND user_key LIKE ? ORDER BY user_key", partnershipId, now, now, workspace, prefix + "%");
            for (int a = 0; a < agencies; a++) {
                core.jdbc().update("UPDATE members SET agency_id = ? WHERE partnership_id = ? AND person_id IN (SELECT id FROM people"
                        + " WHERE workspace = ? AND user_key LIKE ? AND MOD(CAST(SUBSTRING(user_key, ?) AS INT), ?) = ?"
                        + " AND MOD(CAST(SUBSTRING(user_key, ?) AS INT), 10) <> 0)",
                        ids.get(a), partnershipId, workspace, prefix + "%", prefix.length() + 1, agencies, a, prefix.length() + 1);
            }
        });
    }

    private static String padded(String head, int length) {
        StringBuilder s = new StringBuilder(head).append(':');
        while (s.length() < length) {
            s.append(" lorem ipsum");
        }
        return s.toString();
    }
}
