package org.partnerbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Reply;

class CommandGrammarTest {

    private static final CommandSpec.Handler NOTHING = in -> Reply.silent();
    private final CommandCatalog catalog = new CommandCatalog(List.of(() -> List.of(
            CommandSpec.command("agenda").does("show", NOTHING),
            CommandSpec.command("agenda add").requires("<text>").does("add", NOTHING),
            CommandSpec.command("#startmeeting").optional("[title]").role(Role.CHAIR).alias("meeting start").does("start", NOTHING))));

    @ParameterizedTest
    @ValueSource(strings = {"/partner agenda add Referral backlog", "@Partnerbot agenda add Referral backlog",
            "agenda add Referral backlog", "  AGENDA ADD Referral backlog ", "@partnerbot: agenda add Referral backlog",
            "/partner @Partnerbot agenda add Referral backlog"})
    void everyWayOfAddressingTheBotYieldsTheSameCommand(String typed) {
        MatchedCommand m = catalog.match(CommandText.normalise(typed)).orElseThrow();
        assertThat(m.spec().words()).isEqualTo("agenda add");
        assertThat(m.args()).isEqualTo("Referral backlog");
    }

    @Test
    void theLongestMatchingCommandWinsAndKeepsTheArgumentsAsTyped() {
        assertThat(catalog.match("agenda").orElseThrow().spec().words()).isEqualTo("agenda");
        assertThat(catalog.match("agenda add  Two  spaces").orElseThrow().args()).isEqualTo("Two  spaces");
    }

    @Test
    void meetBotLinesAndTheirAliasesMatchTheSameCommand() {
        assertThat(catalog.match("#startmeeting Weekly").orElseThrow().spec().words()).isEqualTo("#startmeeting");
        assertThat(catalog.match("meeting start Weekly").orElseThrow().spec().words()).isEqualTo("#startmeeting");
        assertThat(catalog.match("#STARTMEETING").orElseThrow().args()).isEmpty();
        assertThat(CommandText.isMeetBotLine("#startmeeting")).isTrue();
        assertThat(CommandText.isMeetBotLine("#1 priority")).isFalse();
    }

    @Test
    void unknownTextMatchesNothingButAKnownVerbIsRecognised() {
        assertThat(catalog.match("we have 14 open referrals")).isEmpty();
        assertThat(catalog.knowsVerb("agenda nonsense")).isTrue();
        assertThat(catalog.knowsVerb("we have 14")).isFalse();
        assertThat(catalog.closest("agnda").orElseThrow().words()).isEqualTo("agenda");
        assertThat(catalog.closest("zzzzzzzz")).isEmpty();
    }

    @Test
    void mentionsAreReadInSlackFormAndConsoleForm() {
        assertThat(UserRefs.first("<@U123|priya> ok").orElseThrow().userKey()).isEqualTo("U123");
        assertThat(UserRefs.first("<@U123|priya> ok").orElseThrow().displayName()).isEqualTo("priya");
        UserRefs.Mention m = UserRefs.first("share with @dan.").orElseThrow();
        assertThat(m.userKey()).isEqualTo("dan");
        assertThat(m.start()).isEqualTo(11);
        assertThat(UserRefs.first("mail priya@nhs.net")).isEmpty();
    }

    @Test
    void shortenedTextEndsInAnEllipsisAndNeverKeepsHalfACharacter() {
        assertThat(CommandText.shortened("Referral backlog", 60)).isEqualTo("Referral backlog");
        assertThat(CommandText.shortened("Referral backlog review", 10)).isEqualTo("Referral…").hasSize(9);
        String emojiAtTheCut = "abcd\uD83D\uDE00efgh"; // the emoji's two halves sit at places 5 and 6
        assertThat(CommandText.shortened(emojiAtTheCut, 6)).isEqualTo("abcd…");
        assertThat(new Speaker("dan", "x".repeat(500), null).displayName()).hasSize(100).endsWith("…");
    }
}
