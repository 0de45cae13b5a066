package org.partnerbot.config.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;

/**
 * A local partnership in the terminal. Each input line is {@code NAME: TEXT} (a line without a name comes
 * from {@code you}); every output line starts with {@code bot> }. Reads until end of input.
 */
public final class ConsoleMode {

    public static final String WORKSPACE = "console";
    public static final String CONVERSATION = "console";
    public static final String CONVERSATION_REF = "console:console";
    private static final Pattern SPEAKER = Pattern.compile("^([\\p{L}][\\p{L}\\p{N}._-]{0,39}):\\s?(.*)$");

    private final PartnerBot bot;
    private final ConsoleOutput output;
    private final String language;

    public ConsoleMode(PartnerBot bot, ConsoleOutput output) {
        this(bot, output, null);
    }

    /** @param language what the console says of everyone's language ({@code PARTNERBOT_LANGUAGE}), as a platform locale */
    public ConsoleMode(PartnerBot bot, ConsoleOutput output, String language) {
        this.bot = bot;
        this.output = output;
        this.language = language;
    }

    public void run(InputStream input) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            say(line);
        }
    }

    /** Handles one typed line and prints the bot's answer, if any. */
    public void say(String line) {
        if (line.isBlank() || line.startsWith("//")) {
            return;
        }
        Matcher m = SPEAKER.matcher(line);
        String name = m.matches() ? m.group(1) : "you";
        String text = m.matches() ? m.group(2) : line;
        Inbound in = new Inbound(WORKSPACE, CONVERSATION, CONVERSATION_REF, ConversationKind.CHANNEL,
                new Speaker(name, name, null, language), text, true, null, null);
        bot.handle(in).ifPresent(reply -> output.print(reply, name));
    }

    public static void printBanner(PrintStream out) {
        printBanner(out, "en");
    }

    /**
     * The greeting, in the console's language, saying where that language comes from ({@code PARTNERBOT_LANGUAGE})
     * and how each person chooses their own ({@code language cy|en}).
     *
     * @param language the code {@link org.partnerbot.config.Settings#consoleLanguage()} gives
     */
    public static void printBanner(PrintStream out, String language) {
        org.partnerbot.core.i18n.Texts t = org.partnerbot.core.i18n.IcuMessages.standard()
                .in(org.partnerbot.core.i18n.Language.parse(language).orElse(org.partnerbot.core.i18n.Language.EN));
        out.println(t.t("console.banner"));
        out.println(t.t("console.language", t.language().code()));
    }
}
