package org.partnerbot.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mention names a person by Teams id, but people are keyed by Entra object id (as when they speak), so the
 * roster is asked once per person and remembered.
 */
public final class MentionedPeople {

    private static final Logger log = LoggerFactory.getLogger(MentionedPeople.class);
    private final Map<String, String> aadIdByTeamsId = new ConcurrentHashMap<>();
    private final Map<String, String> nameByTeamsId = new ConcurrentHashMap<>();

    /** The user key for a mention's {@code mentioned} account, in the turn's conversation. */
    public String userKey(TurnContext turn, JsonNode mentioned) {
        String aad = mentioned.path("aadObjectId").asText("");
        if (!aad.isEmpty()) {
            return aad;
        }
        String id = mentioned.path("id").asText();
        String workspace = ActivityReader.workspace(turn.getActivity());
        return aadIdByTeamsId.computeIfAbsent(workspace + "\n" + id, k -> lookUp(turn, id, k));
    }

    /** The mentioned person's name as the roster has it, or null when it does not answer. */
    public String nameOf(TurnContext turn, JsonNode mentioned) {
        String id = mentioned.path("id").asText();
        String key = ActivityReader.workspace(turn.getActivity()) + "\n" + id;
        if (!nameByTeamsId.containsKey(key)) {
            lookUp(turn, id, key);
            nameByTeamsId.putIfAbsent(key, ""); // asked once: the entity's name stands in
        }
        String name = nameByTeamsId.get(key);
        return name.isEmpty() ? null : name;
    }

    private String lookUp(TurnContext turn, String id, String key) {
        try {
            TeamsChannelAccount member = TeamsInfo.getMember(turn, id).join();
            if (member != null && member.getName() != null && !member.getName().isBlank()) {
                nameByTeamsId.put(key, member.getName());
            }
            String found = member == null ? null : member.getAadObjectId();
            return found == null || found.isBlank() ? id : found;
        } catch (RuntimeException e) {
            // Not fatal: the person is then known by their Teams id until the roster answers. No id in the log.
            log.warn("could not look up a mentioned member: {}", e.getClass().getSimpleName());
            return id;
        }
    }

    /**
     * The account as the roster knows it: Teams often leaves the name (and Entra id) out of {@code membersAdded}, so
     * a person being welcomed is looked up once; unchanged when the roster does not answer.
     */
    public ChannelAccount named(TurnContext turn, ChannelAccount account) {
        if (account.getName() != null && !account.getName().isBlank()) {
            return account;
        }
        try {
            TeamsChannelAccount member = TeamsInfo.getMember(turn, account.getId()).join();
            if (member == null) {
                return account;
            }
            ChannelAccount named = new ChannelAccount(account.getId(), member.getName());
            named.setAadObjectId(account.getAadObjectId() != null ? account.getAadObjectId() : member.getAadObjectId());
            return named;
        } catch (RuntimeException e) {
            log.warn("could not look up an added member: {}", e.getClass().getSimpleName());
            return account;
        }
    }
}
