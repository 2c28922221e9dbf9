package dev.penny.core.cost;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Sums of {@link CostEvent}s by kind, for one conversation or one day.
 *
 * <p>Kinds with nothing recorded are absent from the maps, so totals read back from any store compare equal.
 *
 * @param units summed units by kind
 * @param microDollars summed cost by kind
 */
public record CostTotals(Map<CostKind, Long> units, Map<CostKind, Long> microDollars) {

    /** Nothing recorded. */
    public static final CostTotals NONE = new CostTotals(Map.of(), Map.of());

    public CostTotals {
        units = withoutZeros(units);
        microDollars = withoutZeros(microDollars);
    }

    /** These totals with one more event. */
    public CostTotals plus(CostEvent event) {
        Map<CostKind, Long> newUnits = new EnumMap<>(CostKind.class);
        Map<CostKind, Long> newMicros = new EnumMap<>(CostKind.class);
        newUnits.putAll(units);
        newMicros.putAll(microDollars);
        newUnits.merge(event.kind(), event.units(), Math::addExact);
        newMicros.merge(event.kind(), event.microDollars(), Math::addExact);
        return new CostTotals(newUnits, newMicros);
    }

    /** Units recorded for a kind, 0 when none. */
    public long units(CostKind kind) {
        return units.getOrDefault(kind, 0L);
    }

    /** Cost recorded for a kind, 0 when none. */
    public long microDollars(CostKind kind) {
        return microDollars.getOrDefault(kind, 0L);
    }

    /** Everything actually spent: LLM, local classification and agents' time. */
    public long spentMicroDollars() {
        return sum(CostKind::spent);
    }

    /** What the LLM cost, the spending {@link LlmBudget} caps. */
    public long llmMicroDollars() {
        return sum(CostKind::llm);
    }

    /** What the same messages would have cost had every one gone to the LLM. */
    public long allLlmBaselineMicroDollars() {
        return microDollars(CostKind.ALL_LLM_BASELINE);
    }

    private long sum(Predicate<CostKind> which) {
        return Arrays.stream(CostKind.values())
                .filter(which)
                .mapToLong(this::microDollars)
                .sum();
    }

    private static Map<CostKind, Long> withoutZeros(Map<CostKind, Long> values) {
        Map<CostKind, Long> kept = new EnumMap<>(CostKind.class);
        Objects.requireNonNull(values).forEach((kind, value) -> {
            if (value != 0L) {
                kept.put(kind, value);
            }
        });
        return Map.copyOf(kept);
    }
}
