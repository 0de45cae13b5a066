package org.partnerbot.core.bot;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.access.Standing;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/**
 * The words of every refusal, in the asker's language: one line saying what was wrong, plus the help line of the
 * command meant (or the commands of its family, or the closest one). Nothing here decides; it only says.
 */
final class Refusals {

    private static final int SHOWN_TEXT = 60;

    private final CommandCatalog catalog;

    Refusals(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    Reply tooLong(Texts t, int length, int max) {
        return Reply.toAsker(t.t("refusal.tooLong", String.valueOf(length), String.valueOf(max)));
    }

    Reply notOurButton(Texts t) {
        return Reply.toAsker(t.t("refusal.notOurButton"));
    }

    Reply sayACommand(Texts t) {
        return error(t, t.t("refusal.sayACommand"), List.of());
    }

    String noPartnership(Texts t, ConversationKind kind) {
        return t.t(kind == ConversationKind.DIRECT ? "refusal.noPartnership.direct" : "refusal.noPartnership.channel");
    }

    /** @param members everyone in the partnership, to name who may run it */
    String onlyRole(Texts t, CommandSpec spec, List<Member> members) {
        List<String> chairs = members.stream().filter(Member::chair).map(Member::displayName).toList();
        String admins = String.join(", ", members.stream().filter(Member::admin).map(Member::displayName).toList());
        String who = switch (spec.role()) {
            case ADMIN -> t.t("refusal.who.admins", admins);
            case CHAIR -> t.t("refusal.who.chairs", chairs.isEmpty() ? t.t("refusal.who.noChairs") : String.join(", ", chairs),
                    admins);
            case MEMBER, ANYONE -> t.t("refusal.who.members");
        };
        return t.t("refusal.onlyRole", who, spec.words(t.language()));
    }

    /**
     * Someone who is not an active member: nothing of the partnership, only what they can do about it. Outside the
     * channel a person who never belonged is not even told its name.
     *
     * @param members its active members, to name who can let them in
     */
    Reply notAMember(Texts t, Partnership p, Standing standing, boolean inChannel, List<Member> members) {
        String admins = String.join(", ", members.stream().filter(Member::admin).map(Member::displayName).toList());
        MembershipStatus status = standing.status();
        if (status == null || status == MembershipStatus.FORGOTTEN) {
            return Reply.toAsker(t.t("refusal.notAMember"));
        }
        return Reply.toAsker(switch (status) {
            case PENDING -> t.t("refusal.pending", p.name(), admins, standing.member().displayName());
            case LEFT_CHANNEL -> t.t(inChannel ? "refusal.leftChannel" : "refusal.leftChannel.outside", p.name());
            case LEFT -> t.t("refusal.left", p.name());
            case REMOVED -> t.t("refusal.removed", p.name(), admins);
            default -> t.t("refusal.notMemberOf", p.name());
        });
    }

    String needsArguments(Texts t, CommandSpec spec) {
        return t.t("refusal.needsArguments", spec.words(t.language()), spec.argsHelp());
    }

    Reply somethingWentWrong(Texts t, String ref) {
        return Reply.toAsker(t.t("refusal.somethingWentWrong", ref));
    }

    /** A user error as the asker sees it, with the help line of the command it was about, if any. */
    Reply error(Texts t, String message, CommandSpec helpFor) {
        return error(t, message, helpFor == null ? List.of() : List.of(helpFor));
    }

    /** Text that is no command: the family's commands, or the closest command, or a pointer to help. */
    Reply unknown(Texts t, String text) {
        String verb = text.split("\\s+")[0];
        List<CommandSpec> family = catalog.family(verb);
        if (!family.isEmpty()) {
            return error(t, t.t("refusal.notUnderstood", CommandText.lower(abbreviate(text))), family);
        }
        Optional<CommandSpec> closest = catalog.closest(text);
        return closest.map(spec -> error(t, t.t("refusal.didYouMean", abbreviate(verb)), List.of(spec)))
                .orElseGet(() -> error(t, t.t("refusal.unknownVerb", abbreviate(verb)), List.of()));
    }

    Reply didYouMean(Texts t, String text, CommandSpec meant) {
        return error(t, t.t("refusal.didYouMean", abbreviate(text.split("\\s+")[0])), List.of(meant));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > SHOWN_TEXT ? one.substring(0, SHOWN_TEXT - 3) + "…" : one;
    }

    /** A command's help line as the reader types it: its usage, then what it does. */
    static Line helpLine(Texts t, CommandSpec s) {
        return Line.builder().code(s.usage(t)).text(" — " + s.summary(t)).build();
    }

    private static Reply error(Texts t, String message, List<CommandSpec> help) {
        Reply.Builder b = Reply.asker().text(message);
        help.forEach(s -> b.note(helpLine(t, s)));
        return b.build();
    }
}
