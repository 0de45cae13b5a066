package org.partnerbot.core.actions;

public enum ActionStatus {
    OPEN,
    DONE
}
