package org.partnerbot.core.store.intake;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/**
 * A neutral {@link Reply} as JSON, to keep in the inbox between a command's commit and its answer being sent. The
 * reply model stays free of any annotation: the record components are the fields, and the kinds of {@link Block} and
 * {@link Span} are named here (a kind added to the sealed model and not here fails loudly when first stored).
 */
final class StoredReplies {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "k")
    private interface Typed {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .addMixIn(Block.class, Typed.class)
            .addMixIn(Span.class, Typed.class);

    static {
        for (Class<?> kind : Block.class.getPermittedSubclasses()) {
            JSON.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
        }
        for (Class<?> kind : Span.class.getPermittedSubclasses()) {
            JSON.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
        }
    }

    private StoredReplies() {
    }

    static String write(Reply reply) {
        try {
            return JSON.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be kept in the inbox: " + e.getOriginalMessage(), e);
        }
    }

    static Reply read(String json) {
        try {
            return JSON.readValue(json, Reply.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept answer could not be read back: " + e.getOriginalMessage(), e);
        }
    }
}
