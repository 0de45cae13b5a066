package org.partnerbot.core.outbox;

/** Hears how each reminder send attempt ended, for metrics; must be fast and must not throw. */
public interface DeliveryObserver {

    enum Outcome {
        SENT,
        /** An earlier attempt had arrived unrecorded (the platform found its tag); recorded as sent, not sent again. */
        FOUND,
        /** Failed for now; retried later with back-off. */
        RETRIED,
        /** The platform refused for good; kept as FAILED, not retried. */
        FAILED,
        /** Nothing left to say by the time it was due (e.g. the action was taken); closed unsent. */
        CLOSED
    }

    void delivered(MessageKind kind, Outcome outcome);
}
