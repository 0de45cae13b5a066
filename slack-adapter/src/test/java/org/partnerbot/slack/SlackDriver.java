package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.testing.ConversationDriver;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Plays a conversation through Slack: commands as {@code /partner} slash commands (or @mentions), MeetBot lines
 * and chatter as channel messages, each a signed request shaped like the fixtures. The answer is whatever the
 * bot then sent to Slack, read back as plain text; ephemeral answers carry the console's {@code (to NAME)}.
 */
final class SlackDriver implements ConversationDriver {

    enum Style { SLASH_COMMAND, MENTION }

    private static final Pattern AT_NAME = Pattern.compile("(?<![\\w<])@([a-z][a-z0-9]*)");

    private final SlackTestbed bed;
    private final Style style;
    private int seen;

    SlackDriver(SlackTestbed bed, Style style) {
        this.bed = bed;
        this.style = style;
        this.seen = bed.api.size();
    }

    @Override
    public List<String> say(String speaker, String text) {
        String user = FakeSlackApi.idOf(speaker);
        HttpResponse<String> ack;
        if (text.startsWith("#") || !bed.core.bot().catalog().knowsVerb(text)) {
            ack = bed.message(user, mentions(text, false), bed.nextId("Ev"));
        } else if (style == Style.MENTION) {
            ack = bed.mention(user, mentions(text, false), bed.nextId("Ev"));
        } else {
            ack = bed.command(user, mentions(text, true));
        }
        assertThat(ack.statusCode()).as("ack of " + text).isEqualTo(200);
        bed.settle();
        List<FakeSlackApi.Call> calls = bed.api.calls();
        List<String> out = new ArrayList<>();
        for (FakeSlackApi.Call call : calls.subList(seen, calls.size())) {
            if (call.isPost()) {
                String channel = call.param("channel");
                // A direct message (the fake names the DM with a person D + their id), as the console shows it.
                String prefix = call.ephemeral() ? "(to " + speaker + ") "
                        : channel != null && channel.startsWith("DU") ? "(to " + FakeSlackApi.nameOf(channel.substring(1)) + ") " : "";
                SlackText.lines(call.blocks()).forEach(l -> out.add(prefix + l));
            } else if (call.method().startsWith("upload/")) {
                // A file the answer shared (minutes export): its text is what the reader sees, as the console prints it.
                call.body().lines().forEach(out::add);
            }
        }
        seen = calls.size();
        return out;
    }

    /** As Slack's client sends them: {@code <@UPRIYA|priya>} in slash commands, {@code <@UPRIYA>} in messages. */
    private static String mentions(String text, boolean withName) {
        Matcher m = AT_NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = FakeSlackApi.idOf(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement("<@" + id + (withName ? "|" + m.group(1) : "") + ">"));
        }
        m.appendTail(sb);
        return sb.toString().replace("&", "&amp;");
    }
}
