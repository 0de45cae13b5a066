package org.partnerbot.config.console;

import java.io.PrintStream;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.PlainRenderer;
import org.partnerbot.core.reply.Reply;

/**
 * Prints bot output: {@code bot> } before every line, and {@code bot> (to NAME) } for what only one person
 * should see. Also the console's messenger, so scheduled reminders print as they fire.
 */
public final class ConsoleOutput implements Messenger {

    private final PrintStream out;

    public ConsoleOutput(PrintStream out) {
        this.out = out;
    }

    public void print(Reply reply, String askerName) {
        printTo(reply, reply.audience() == Audience.ASKER ? askerName : null);
    }

    @Override
    public void send(Destination destination, Reply reply) {
        printTo(reply, destination.direct() ? destination.displayName() : null);
    }

    private synchronized void printTo(Reply reply, String to) {
        String prefix = to == null ? "bot> " : "bot> (to " + to + ") ";
        for (String line : PlainRenderer.lines(reply)) {
            out.println(prefix + line);
        }
        out.flush();
    }
}
