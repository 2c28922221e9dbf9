package dev.penny.core.understanding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up the FAQ entry that answers a recognised intent.
 *
 * <p>The classifier names an intent; this gives the answer to show. Implementations are safe to call from many
 * threads; one that follows catalog edits swaps its entries atomically.
 */
@FunctionalInterface
public interface FaqAnswers {

    /** The entry answering {@code intentId}; empty when the catalog has no such intent. */
    Optional<FaqEntry> answerFor(String intentId);

    /** Fixed answers, e.g. a catalog's {@code faqEntries()}; when two entries share an intent id the first wins. */
    static FaqAnswers of(List<FaqEntry> entries) {
        Map<String, FaqEntry> byIntent = entries.stream()
                .collect(Collectors.toUnmodifiableMap(
                        FaqEntry::intentId, Function.identity(), (first, second) -> first));
        return intentId -> Optional.ofNullable(byIntent.get(intentId));
    }
}
