package dev.penny.intents.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a starting catalog from a labelled dataset: one intent per label, in order of first
 * appearance, with the label's texts as examples and the humanised id as title.
 *
 * <p>Datasets have no answers. An intent takes its answer from the map given; otherwise its answer is
 * the placeholder {@code "TODO: write the answer for <id>"}, which {@link CatalogValidator} reports as a
 * warning, so a demo catalog loads while the missing answers stay visible. Rows labelled {@code oos}
 * (out of scope) are left out: out-of-scope is the absence of an intent, not an FAQ entry. An example
 * repeated within one label (ignoring case and whitespace) is kept once.
 *
 * <p>Labels become ids through {@link #intentId(String)}, because some published labels are not valid
 * ids (BANKING77 has {@code Refund_not_showing_up} and {@code reverted_card_payment?}). Compare
 * dataset labels with catalog ids through the same method.
 */
public final class JsonlImport {

    /** The label datasets use for messages that belong to no intent. */
    public static final String OUT_OF_SCOPE = "oos";

    private JsonlImport() {}

    /** A catalog from a JSONL file read with {@link JsonlExamples#read(Path)}. */
    public static Catalog fromFile(Path jsonl, String locale, Map<String, String> answers) {
        return fromExamples(JsonlExamples.read(jsonl), locale, answers);
    }

    /**
     * A catalog from labelled examples.
     *
     * @param locale the catalog locale, or null for {@link Catalog#DEFAULT_LOCALE}
     * @param answers answers by intent id (or by the dataset's label); null or empty leaves every answer
     *     a placeholder
     * @throws CatalogException if two labels become the same intent id
     */
    public static Catalog fromExamples(List<LabelledExample> examples, String locale, Map<String, String> answers) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<String>> byIntent = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (LabelledExample example : examples) {
            if (example.intentId().equals(OUT_OF_SCOPE)) {
                continue;
            }
            String id = intentId(example.intentId());
            String label = labels.putIfAbsent(id, example.intentId());
            if (label != null && !label.equals(example.intentId())) {
                throw new CatalogException(List.of(CatalogProblem.error(
                        null, 0, id, "labels '" + label + "' and '" + example.intentId() + "' both become " + id)));
            }
            List<String> texts = byIntent.computeIfAbsent(id, key -> new ArrayList<>());
            if (seen.add(id + "\n" + ExampleOverlap.normalise(example.text()))) {
                texts.add(example.text());
            }
        }
        Map<String, String> given = answers == null ? Map.of() : answers;
        List<Intent> intents = byIntent.entrySet().stream()
                .map(e -> intent(
                        e.getKey(), e.getValue(), given.getOrDefault(e.getKey(), given.get(labels.get(e.getKey())))))
                .toList();
        return new Catalog(locale, intents);
    }

    /**
     * The catalog id for a dataset label: lower case, with every run of characters outside
     * {@code [a-z0-9_.-]} turned into one {@code _} and no {@code _} at either end
     * ({@code reverted_card_payment?} becomes {@code reverted_card_payment}).
     */
    public static String intentId(String label) {
        return label.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    private static Intent intent(String id, List<String> examples, String answer) {
        String text = answer == null || answer.isBlank() ? "TODO: write the answer for " + id : answer;
        return new Intent(id, null, examples, text, List.of(), List.of(), List.of(), null);
    }
}
