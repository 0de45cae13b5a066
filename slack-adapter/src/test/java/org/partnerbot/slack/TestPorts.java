package org.partnerbot.slack;

import org.partnerbot.core.wiring.CoreModule;

/** The adapter's ports from a test's core, as the launcher builds them. */
final class TestPorts {

    private TestPorts() {
    }

    static CorePorts of(CoreModule core) {
        return new CorePorts(core.bot(), core.partnerships(), core.agencies(), core.transactions(),
                core.repositories().conversationReferences(), core.repositories().deliveryLog());
    }
}
