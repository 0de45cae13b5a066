package org.partnerbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan every module's literal test runs: it must fail on a new English sentence, and only on what readers read. */
class LiteralScanTest {

    @TempDir
    Path root;

    @Test
    void aSentenceInALiteralIsFound() {
        assertThat(LiteralScan.literals("        return Reply.toAsker(\"Partnerbot is busy, please try again.\");"))
                .containsExactly("\"Partnerbot is busy, please try again.\"");
        assertThat(LiteralScan.literals("        b.text(\"Not found.\\n\");")).containsExactly("\"Not found.\\n\"");
    }

    @Test
    void whatNoReaderReadsIsPassedOver() {
        String source = String.join("\n",
                "// a comment with words in it",
                " * a Javadoc line, \"with a quoted sentence\"",
                "log.warn(\"refused a request for the wrong workspace\");",
                "throw new IllegalStateException(\"the bot is already built; add commands first\"",
                "        + \" and hooks before bot()\");",
                "headers.put(\"Content-Type\", List.of(\"text/plain; charset=utf-8\"));",
                "String key = t.t(\"slack.ack.busy\");",
                "List<String> scopes = List.of(\"chat:write\", \"app_mentions:read\");",
                "code(\"actions mine\");");
        assertThat(LiteralScan.literals(source)).isEmpty();
    }

    @Test
    void fixedEnglishRenderingIsFoundOutsideComments() {
        String source = String.join("\n",
                "// Language.EN in a comment is fine",
                "Texts t = IcuMessages.standard().in(Language.EN);",
                "DateTimeFormatter f = DateTimeFormatter.ofPattern(\"d MMM\", Locale.ENGLISH);",
                "Readers r = Readers.english();",
                "LanguagePolicy p = LanguagePolicy.EN;");
        assertThat(LiteralScan.fixedEnglish(source)).hasSize(3);
    }

    @Test
    void aFileWithANewLiteralFailsTheScanUntilItIsMovedOrAllowed() throws IOException {
        Files.createDirectories(root.resolve("inbound"));
        Files.writeString(root.resolve("inbound/Acks.java"),
                "final class Acks {\n    static final String BUSY = \"Partnerbot is busy, please try again in a minute.\";\n}\n");

        assertThat(LiteralScan.of(root).findings().literals)
                .containsExactly("inbound/Acks.java: \"Partnerbot is busy, please try again in a minute.\"");
        assertThatThrownBy(() -> LiteralScan.of(root).assertClean()).isInstanceOf(AssertionError.class);
        assertThatCode(() -> LiteralScan.of(root).allowingLiteral("inbound/Acks.java",
                "\"Partnerbot is busy, please try again in a minute.\"", "a test of the allowance").assertClean())
                .doesNotThrowAnyException();
        assertThatCode(() -> LiteralScan.of(root).exemptingFile("inbound/Acks.java", "a test").assertClean())
                .doesNotThrowAnyException();
        assertThatCode(() -> LiteralScan.of(root).skipping("inbound").assertClean()).doesNotThrowAnyException();
    }

    @Test
    void aFixedEnglishCallFailsUnlessItsExactExpressionIsAllowed() throws IOException {
        Files.writeString(root.resolve("Home.java"), "class Home {\n    Texts t = messages.in(Language.EN);\n}\n");

        assertThat(LiteralScan.of(root).findings().english).containsExactly("Home.java: Texts t = messages.in(Language.EN);");
        assertThatThrownBy(() -> LiteralScan.of(root).assertClean()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> LiteralScan.of(root).allowingFixedEnglish("Other.java", "messages.in(Language.EN)", "x")
                .assertClean()).as("an allowance names its file").isInstanceOf(AssertionError.class);
        assertThatCode(() -> LiteralScan.of(root).allowingFixedEnglish("Home.java", "messages.in(Language.EN)", "a test")
                .assertClean()).doesNotThrowAnyException();
    }

    @Test
    void anAllowanceNothingNeedsAnyMoreFails() throws IOException {
        Files.writeString(root.resolve("Clean.java"), "class Clean {\n    String key = \"help.kudos\";\n}\n");

        assertThat(LiteralScan.of(root).allowingLiteral("Clean.java", "\"Was here once.\"", "converted").findings().unused)
                .containsExactly("Clean.java: \"Was here once.\"");
        assertThat(LiteralScan.of(root).exemptingFile("Gone.java", "deleted").findings().unused).containsExactly("file Gone.java");
        assertThatThrownBy(() -> LiteralScan.of(root).exemptingFile("Gone.java", "deleted").assertClean())
                .isInstanceOf(AssertionError.class);
    }
}
