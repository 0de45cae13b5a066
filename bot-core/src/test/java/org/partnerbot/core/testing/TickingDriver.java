package org.partnerbot.core.testing;

import java.time.Duration;
import java.util.List;

/** Another driver with time passing before each line is said, as the scenario wants it ({@link ScenarioFile#tick}). */
public final class TickingDriver implements ConversationDriver {

    private final ConversationDriver driver;
    private final MutableClock clock;
    private final Duration tick;

    public TickingDriver(ConversationDriver driver, MutableClock clock, Duration tick) {
        this.driver = driver;
        this.clock = clock;
        this.tick = tick;
    }

    @Override
    public List<String> say(String speaker, String text) {
        clock.advance(tick);
        return driver.say(speaker, text);
    }
}
