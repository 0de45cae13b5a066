package org.partnerbot.teams.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.testing.ConversationDriver;

/**
 * Says each scenario line in a thread of a team channel, the way people do in Teams: commands mention the bot,
 * MeetBot lines and chatter do not. Answers are read back from the cards the fake connector received, and each
 * must have gone to the thread it answers.
 */
public final class TeamsDriver implements ConversationDriver {

    private final TeamsHarness harness;
    private final FakeConnector connector;
    private final CommandCatalog catalog;
    private final String locale;
    private int thread;
    private int said;

    public TeamsDriver(TeamsHarness harness, FakeConnector connector) {
        this(harness, connector, null);
    }

    /** @param locale the Teams client's language for every speaker ({@code cy-GB}), or null for the fixtures' en-GB */
    public TeamsDriver(TeamsHarness harness, FakeConnector connector, String locale) {
        this.harness = harness;
        this.connector = connector;
        this.catalog = harness.core().bot().catalog();
        this.locale = locale;
    }

    @Override
    public List<String> say(String speaker, String text) {
        connector.member(Activities.teamsId(speaker), speaker, Activities.aadId(speaker));
        registerMentioned(text);
        // A new post every third line; the others reply in the current thread.
        if (said++ % 3 == 0) {
            thread++;
        }
        String threadId = "17957960010" + String.format("%02d", thread);
        boolean command = !text.startsWith("#") && catalog.knowsVerb(text);
        ObjectNode activity = Activities.channelMessage(connector.serviceUrl(), speaker, threadId, text, command);
        if (locale != null) {
            // Where Teams says the client's language: the activity's locale and its clientInfo entity's.
            activity.put("locale", locale);
            activity.withArray("entities").forEach(e -> {
                if ("clientInfo".equals(e.path("type").asText())) {
                    ((ObjectNode) e).put("locale", locale);
                }
            });
        }
        int before = connector.count();
        TeamsHarness.Answer answer = harness.post(activity);
        assertThat(answer.status()).as("HTTP status for %s", text).isIn(200, 202);
        List<String> lines = new ArrayList<>();
        for (FakeConnector.Posted posted : connector.since(before)) {
            java.util.Optional<String> person = connector.personIn(posted.conversationId());
            if (person.isPresent()) {
                // A message the outbox sent to one person (a pairing round's), as the console shows it.
                CardPlainText.read(CardPlainText.card(posted.activity())).lines()
                        .forEach(l -> lines.add("(to " + person.get() + ") " + CardPlainText.asReadIn(l, readersZone())));
                continue;
            }
            assertThat(posted.conversationId()).as("reply goes to the thread").isEqualTo(Activities.CHANNEL + ";messageid=" + threadId);
            assertThat(posted.replyToId()).isEqualTo(activity.get("id").asText());
            CardPlainText.Read read = CardPlainText.read(CardPlainText.card(posted.activity()));
            String prefix = read.forAsker() ? "(to " + speaker + ") " : "";
            read.lines().forEach(l -> lines.add(prefix + CardPlainText.asReadIn(l, readersZone())));
        }
        return lines;
    }

    /**
     * The people of a scenario live where their partnership meets (as the console assumes): their Teams clients show
     * its times in the partnership's zone.
     */
    private java.time.ZoneId readersZone() {
        return harness.core().transactions().inTransaction(() -> harness.core().outboxTargets().all()).stream()
                .findFirst().map(org.partnerbot.core.partnership.Partnership::zone).orElse(java.time.ZoneOffset.UTC);
    }

    private void registerMentioned(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([\\p{L}][\\p{L}\\p{N}._-]*)").matcher(text);
        while (m.find()) {
            connector.member(Activities.teamsId(m.group(1)), m.group(1), Activities.aadId(m.group(1)));
        }
    }
}
