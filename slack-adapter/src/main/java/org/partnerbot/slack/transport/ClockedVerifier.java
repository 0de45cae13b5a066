package org.partnerbot.slack.transport;

import com.slack.api.app_backend.SlackSignature;
import java.time.Clock;
import java.time.Duration;

/**
 * Slack's request-signature check with two changes: the time comes from an injectable clock (so Slack's
 * published 2018 test vector can be verified), and a timestamp too far in the <em>future</em> is refused as
 * well: Slack's own check only bounds the past, so a captured request signed for tomorrow would replay freely.
 */
public final class ClockedVerifier extends SlackSignature.Verifier {

    static final Duration WINDOW = Duration.ofMinutes(5);

    private final Clock clock;

    public ClockedVerifier(String signingSecret, Clock clock) {
        super(new SlackSignature.Generator(signingSecret));
        this.clock = clock;
    }

    @Override
    public boolean isValid(String timestamp, String requestBody, String signature) {
        return isValid(timestamp, requestBody, signature, clock.millis());
    }

    @Override
    public boolean isValid(String timestamp, String requestBody, String signature, long ignoredNowMillis) {
        long now = clock.millis();
        try {
            long sent = Long.parseLong(timestamp == null ? "" : timestamp.strip()) * 1000;
            if (Math.abs(now - sent) > WINDOW.toMillis()) {
                return false;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return super.isValid(timestamp, requestBody, signature, now);
    }
}
