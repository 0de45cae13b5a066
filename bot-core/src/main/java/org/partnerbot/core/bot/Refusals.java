package org.partnerbot.core.bot;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.access.Standing;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/**
 * The words of every refusal: one line saying what was wrong, plus the help line of the command meant (or the
 * commands of its family, or the closest one). Nothing here decides; it only says.
 */
final class Refusals {

    private static final int SHOWN_TEXT = 60;

    private final CommandCatalog catalog;

    Refusals(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    Reply tooLong(int length, int max) {
        return Reply.toAsker("That message is " + length + " characters long; commands take at most " + max
                + ". Nothing was changed.");
    }

    Reply notOurButton() {
        return Reply.toAsker("That button is not one I can run any more: I did not make it, or it was changed, so I did"
                + " nothing. Type the command instead, or `help`.");
    }

    Reply sayACommand() {
        return error("Say a command, or `help` to see them all.", List.of());
    }

    String noPartnership(ConversationKind kind) {
        return kind == ConversationKind.DIRECT
                ? "I can't tell which partnership you mean: run this in the partnership's channel."
                : "This conversation is not a partnership yet. An admin can bind it with `setup <name>`.";
    }

    /** @param members everyone in the partnership, to name who may run it */
    String onlyRole(CommandSpec spec, List<Member> members) {
        List<String> chairs = members.stream().filter(Member::chair).map(Member::displayName).toList();
        List<String> admins = members.stream().filter(Member::admin).map(Member::displayName).toList();
        String who = switch (spec.role()) {
            case ADMIN -> "admins (" + String.join(", ", admins) + ")";
            case CHAIR -> "chairs (" + (chairs.isEmpty() ? "none yet" : String.join(", ", chairs))
                    + ") and admins (" + String.join(", ", admins) + ")";
            case MEMBER, ANYONE -> "members";
        };
        return "Only " + who + " can run `" + spec.words() + "`.";
    }

    /**
     * Someone who is not an active member: nothing of the partnership, only what they can do about it. Outside the
     * channel a person who never belonged is not even told its name.
     *
     * @param members its active members, to name who can let them in
     */
    Reply notAMember(Partnership p, Standing standing, boolean inChannel, List<Member> members) {
        String admins = String.join(", ", members.stream().filter(Member::admin).map(Member::displayName).toList());
        MembershipStatus status = standing.status();
        if (status == null || status == MembershipStatus.FORGOTTEN) {
            return Reply.toAsker("You are not a member of that partnership, so I can't show you anything of it.");
        }
        return Reply.toAsker(switch (status) {
            case PENDING -> p.name() + " is closed: an admin (" + admins + ") must approve you first, with `member approve @"
                    + standing.member().displayName() + "`. Until then I can't show you anything of it.";
            case LEFT_CHANNEL -> "You are no longer a member of " + p.name() + ": you left its channel."
                    + (inChannel ? "" : " Rejoin the channel to take part again.");
            case LEFT -> "You left " + p.name() + ". To take part again, type `join` in its channel.";
            case REMOVED -> "An admin removed you from " + p.name() + ". Ask an admin (" + admins + ") to add you again.";
            default -> "You are not a member of " + p.name() + ".";
        });
    }

    String needsArguments(CommandSpec spec) {
        return "`" + spec.words() + "` needs " + spec.argsHelp() + ".";
    }

    Reply somethingWentWrong(String ref) {
        return Reply.toAsker("Sorry, something went wrong on my side (ref " + ref + "). Nothing was changed; please try again.");
    }

    /** A user error as the asker sees it, with the help line of the command it was about, if any. */
    Reply error(String message, CommandSpec helpFor) {
        return error(message, helpFor == null ? List.of() : List.of(helpFor));
    }

    /** Text that is no command: the family's commands, or the closest command, or a pointer to help. */
    Reply unknown(String text) {
        String verb = text.split("\\s+")[0];
        List<CommandSpec> family = catalog.family(verb);
        if (!family.isEmpty()) {
            return error("I don't understand `" + CommandText.lower(abbreviate(text)) + "`.", family);
        }
        Optional<CommandSpec> closest = catalog.closest(text);
        return closest.map(spec -> error("I don't know `" + abbreviate(verb) + "`. Did you mean:", List.of(spec)))
                .orElseGet(() -> error("I don't know `" + abbreviate(verb) + "`. Type `help` to see what I can do.", List.of()));
    }

    Reply didYouMean(String text, CommandSpec meant) {
        return error("I don't know `" + abbreviate(text.split("\\s+")[0]) + "`. Did you mean:", List.of(meant));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > SHOWN_TEXT ? one.substring(0, SHOWN_TEXT - 3) + "…" : one;
    }

    private static Reply error(String message, List<CommandSpec> help) {
        Reply.Builder b = Reply.asker().text(message);
        help.forEach(s -> b.note(Line.builder().code(s.usage()).text(" — " + s.summary()).build()));
        return b.build();
    }
}
