package org.partnerbot.core.reply;

import java.util.Objects;

/**
 * A button that runs a command for whoever presses it, in that person's own workspace and partnership.
 * Because the value is an ordinary command, a pressed button goes through the same parsing, role checks
 * and workspace scoping as typed text: a forged value can do no more than its presser could type.
 *
 * @param actionId stable id of what the button does (e.g. {@code duty.claim}), for platform routing
 * @param command  the command the press runs, e.g. {@code duty claim Safeguarding lead}
 * @param prompt   when not null, the platform first asks the presser for text (a modal or a card input)
 *                 with this label, and appends it to the command
 * @param from     for "Show more": the part of the command's reply to start at ({@link Pages}); null for any other
 */
public record Button(String label, String actionId, String command, String prompt, Long partnershipId, Integer from) {

    public Button {
        Objects.requireNonNull(label);
        Objects.requireNonNull(actionId);
        Objects.requireNonNull(command);
    }

    public Button(String label, String actionId, String command, String prompt, Long partnershipId) {
        this(label, actionId, command, prompt, partnershipId, null);
    }

    public static Button of(String label, String actionId, String command) {
        return new Button(label, actionId, command, null, null);
    }

    public static Button asking(String label, String actionId, String command, String prompt) {
        return new Button(label, actionId, command, prompt, null);
    }

    /** The same button bound to one partnership, for surfaces outside its channel (App Home, direct messages). */
    public Button inPartnership(long id) {
        return new Button(label, actionId, command, prompt, id, from);
    }

    public boolean asksForText() {
        return prompt != null;
    }
}
