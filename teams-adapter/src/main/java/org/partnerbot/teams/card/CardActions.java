package org.partnerbot.teams.card;

/** Keys of the data a Partnerbot card button carries back, shared by the renderer and the press reader. */
public final class CardActions {

    /** The command the press runs, as if typed. */
    public static final String COMMAND = "partnerbotCommand";
    /** The id of the {@code Input.Text} whose value is appended to the command. */
    public static final String TEXT = "partnerbotText";
    /** The partnership a button outside its channel (a personal chat) acts on. */
    public static final String PARTNERSHIP = "partnershipId";

    private CardActions() {
    }
}
