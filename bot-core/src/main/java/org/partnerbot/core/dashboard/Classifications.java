package org.partnerbot.core.dashboard;

import org.partnerbot.core.partnership.Partnership;

/** The marking a partnership's pages and printed documents carry. */
@FunctionalInterface
public interface Classifications {

    /** Until a partnership names its own, the government security classification every public body's papers carry. */
    String DEFAULT = "OFFICIAL";

    String of(Partnership partnership);

    static Classifications standard() {
        return p -> DEFAULT;
    }
}
