package org.partnerbot.core.actions;

/** Where an action stands: open, done, or closed undone (with a reason), or withdrawn from the minutes by #undo. */
public enum ActionStatus {
    OPEN,
    DONE,
    NOT_POSSIBLE,
    NOT_UNDERTAKEN,
    WITHDRAWN
}
