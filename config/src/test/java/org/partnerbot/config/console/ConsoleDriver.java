package org.partnerbot.config.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.testing.ConversationDriver;

/** Drives the console exactly as a person typing `NAME: TEXT` would, reading what it prints. */
public final class ConsoleDriver implements ConversationDriver {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleOutput output = new ConsoleOutput(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private final ConsoleMode console;

    public ConsoleDriver(PartnerBot bot) {
        this(bot, null);
    }

    /** @param language what {@code PARTNERBOT_LANGUAGE} says ({@code cy}), or null when unset */
    public ConsoleDriver(PartnerBot bot, String language) {
        this.console = new ConsoleMode(bot, output, language);
    }

    public ConsoleOutput output() {
        return output;
    }

    @Override
    public synchronized List<String> say(String speaker, String text) {
        printed.reset();
        console.say(speaker + ": " + text);
        return printedLines();
    }

    /** Everything printed since the last line was said, without the `bot> ` prefix. */
    public synchronized List<String> printedLines() {
        String all = printed.toString(StandardCharsets.UTF_8);
        if (all.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(all.split("\n")).map(l -> {
            if (!l.startsWith("bot> ")) {
                throw new AssertionError("console output line without `bot> `: " + l);
            }
            return l.substring(5);
        }).toList();
    }
}
