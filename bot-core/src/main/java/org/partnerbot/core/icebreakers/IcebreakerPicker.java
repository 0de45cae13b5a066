package org.partnerbot.core.icebreakers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the next question without repeats: questions admins added come first (they were added for a
 * reason), then the bank in an order shuffled once per partnership, so partnerships do not all get the
 * same question on the same day, yet the order is stable and testable.
 */
public final class IcebreakerPicker {

    /** A question and the key that records it as asked. */
    public record Question(String key, String text) {
    }

    private IcebreakerPicker() {
    }

    /** The next unasked question, or empty when every question has been asked in this cycle. */
    public static Optional<Question> next(long partnershipId, List<Icebreakers.Custom> custom, Set<String> asked) {
        for (Icebreakers.Custom c : custom) {
            if (!asked.contains(c.key())) {
                return Optional.of(new Question(c.key(), c.text()));
            }
        }
        for (int index : bankOrder(partnershipId)) {
            String key = IcebreakerBank.key(index);
            if (!asked.contains(key)) {
                return Optional.of(new Question(key, IcebreakerBank.QUESTIONS.get(index)));
            }
        }
        return Optional.empty();
    }

    static List<Integer> bankOrder(long partnershipId) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < IcebreakerBank.QUESTIONS.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(partnershipId * 7919L + 17));
        return order;
    }
}
