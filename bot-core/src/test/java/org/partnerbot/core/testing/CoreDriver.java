package org.partnerbot.core.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.PlainRenderer;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.wiring.CoreModule;

/** Talks to the core directly, in one workspace and conversation, rendering replies as plain text. */
public final class CoreDriver implements ConversationDriver, AutoCloseable {

    private final CoreModule core;
    private final PartnerBot bot;
    private final String workspace;
    private final String conversation;
    private final String locale;

    public CoreDriver(CoreModule core, String workspace, String conversation) {
        this(core, workspace, conversation, null);
    }

    /** @param locale what the platform says of every speaker's language ({@code cy-GB}), or null when it says nothing */
    public CoreDriver(CoreModule core, String workspace, String conversation, String locale) {
        this.core = core;
        this.bot = core.bot();
        this.workspace = workspace;
        this.conversation = conversation;
        this.locale = locale;
    }

    public static CoreDriver inMemory(Clock clock) {
        return new CoreDriver(new CoreModule(TestDatabases.inMemory(), clock), "test", "C-test");
    }

    public CoreModule core() {
        return core;
    }

    @Override
    public List<String> say(String speaker, String text) {
        Inbound in = new Inbound(workspace, conversation, "test:" + conversation, ConversationKind.CHANNEL,
                new Speaker(speaker, speaker, null, locale), text, true, null, null);
        return bot.handle(in).map(r -> render(r, speaker)).orElse(List.of());
    }

    public static List<String> render(Reply reply, String asker) {
        List<String> out = new ArrayList<>();
        String prefix = reply.audience() == Audience.ASKER ? "(to " + asker + ") " : "";
        PlainRenderer.lines(reply).forEach(l -> out.add(prefix + l));
        return out;
    }

    @Override
    public void close() {
        core.close();
    }
}
