package org.partnerbot.core.agenda;

/** Open until a meeting reaches it; carried over when a meeting ends without reaching it. */
public enum AgendaStatus {
    OPEN,
    CARRIED_OVER,
    DISCUSSED,
    REMOVED
}
