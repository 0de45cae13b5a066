package org.partnerbot.core.partnership;

import java.util.List;

/** Port: who speaks for each agency at meetings (its representative) and who stands in (its deputy). */
public interface Representatives {

    enum Role {
        REP("representative"),
        DEPUTY("deputy");

        private final String word;

        Role(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    record Representative(long agencyId, Role role, long memberId, String userKey, String displayName) {
    }

    void set(long agencyId, Role role, long memberId);

    List<Representative> list(long partnershipId);
}
