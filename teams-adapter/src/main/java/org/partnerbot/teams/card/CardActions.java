package org.partnerbot.teams.card;

/** Keys of the data a Partnerbot card button carries back, shared by the renderer and the press reader. */
public final class CardActions {

    /** The button's value, sealed by the bot: the command it runs and the partnership it is bound to. */
    public static final String VALUE = "partnerbotValue";
    /** Where cards before issue 12 put the command in plain text; a press carrying only this is refused. */
    public static final String COMMAND = "partnerbotCommand";
    /** The id of the {@code Input.Text} whose value is appended to the command. */
    public static final String TEXT = "partnerbotText";
    /** Where cards before issue 12 named the partnership in plain text; never trusted. */
    public static final String PARTNERSHIP = "partnershipId";

    private CardActions() {
    }
}
