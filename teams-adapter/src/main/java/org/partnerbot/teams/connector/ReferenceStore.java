package org.partnerbot.teams.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.messaging.ConversationReferences;

/**
 * Serialised {@link ConversationReference}s in the core's store: {@code conversation:<key>} for a partnership's
 * conversation (a team channel, a group chat), {@code user:<userKey>} for a person's personal chat with the bot, and
 * {@code member:<userKey>} for where the bot last heard someone who has no personal chat with it yet.
 * References are refreshed on every activity because Teams may move a conversation to another service URL.
 */
public final class ReferenceStore {

    private final ConversationReferences references;
    private final Map<String, String> lastSaved = new ConcurrentHashMap<>();

    public ReferenceStore(ConversationReferences references) {
        this.references = references;
    }

    public static String conversationKey(String conversationKey) {
        return "conversation:" + conversationKey;
    }

    public static String userKey(String userKey) {
        return "user:" + userKey;
    }

    /** Where the bot last heard a person outside a personal chat: enough to open one with them. */
    public static String memberKey(String userKey) {
        return "member:" + userKey;
    }

    /** The Teams id ({@code 29:…}) of a person known by another user key (their Entra id), for notices naming only it. */
    static String aliasKey(String teamsId) {
        return "alias:" + teamsId;
    }

    /** Remembers that this Teams id is the person with this user key. */
    public void alias(String workspace, String teamsId, String userKey) {
        String cacheKey = workspace + "\n" + aliasKey(teamsId);
        if (userKey.equals(lastSaved.get(cacheKey))) {
            return;
        }
        references.save(workspace, aliasKey(teamsId), userKey);
        lastSaved.put(cacheKey, userKey);
    }

    public Optional<String> aliased(String workspace, String teamsId) {
        return references.findActive(workspace, aliasKey(teamsId));
    }

    /** The same reference without the person it came from: a shared conversation's reference is nobody's. */
    public static ConversationReference withoutUser(ConversationReference reference) {
        ConversationReference copy = fromJson(toJson(reference));
        copy.setUser(null);
        return copy;
    }

    /** Stores the reference; returns true when no active reference was stored under the key before. */
    public synchronized boolean save(String workspace, String key, ConversationReference reference) {
        String json = toJson(reference);
        String cacheKey = workspace + "\n" + key;
        if (json.equals(lastSaved.get(cacheKey))) {
            return false;
        }
        boolean fresh = references.findActive(workspace, key).isEmpty();
        references.save(workspace, key, json);
        lastSaved.put(cacheKey, json);
        return fresh;
    }

    public Optional<ConversationReference> find(String workspace, String key) {
        return references.findActive(workspace, key).map(ReferenceStore::fromJson);
    }

    public synchronized void deactivate(String workspace, String key) {
        references.deactivate(workspace, key);
        lastSaved.remove(workspace + "\n" + key);
    }

    /** The same reference pointing at a conversation itself rather than the message or thread it came from. */
    public static ConversationReference forConversation(ConversationReference reference, String conversationId) {
        ConversationReference copy = fromJson(toJson(reference)); // deep copy: the turn still uses the original
        ConversationAccount conversation = copy.getConversation();
        conversation.setId(conversationId);
        copy.setActivityId(null);
        return copy;
    }

    static String toJson(ConversationReference reference) {
        try {
            return Serialization.toString(reference);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a conversation reference", e);
        }
    }

    static ConversationReference fromJson(String json) {
        try {
            return Serialization.safeGetAs(Serialization.jsonToTree(json), ConversationReference.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored conversation reference is unreadable", e);
        }
    }
}
