package dev.penny.intents.understanding;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long publishing's training takes for a catalog, cold and after an edit with a warm encoder cache. Not a
 * test: a measurement, run by hand after {@code mvn -B verify}, from {@code intents/}: {@code java -cp
 * target/classes:target/test-classes:target/penny-eval.jar dev.penny.intents.understanding.RetrainingTimes}.
 */
public final class RetrainingTimes {

    private RetrainingTimes() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../channels/src/main/resources/catalog/demo-bank.yml");
        Catalog catalog = new CatalogLoader().load(file).catalog();
        try (CachingSentenceEncoder encoder =
                new CachingSentenceEncoder(OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized()), 100_000)) {
            System.out.printf(
                    "catalog %s: %d intents, %d examples%n",
                    file, catalog.intents().size(), catalog.trainingExamples().size());
            time("cold (every text encoded)", catalog, encoder);
            time("warm, same catalog", catalog, encoder);
            time("warm, one example added", edited(catalog), encoder);
        }
    }

    private static void time(String label, Catalog catalog, CachingSentenceEncoder encoder) {
        long misses = encoder.misses();
        long started = System.nanoTime();
        CatalogUnderstanding.train(catalog, encoder, TrainingOptions.defaults());
        System.out.printf(
                "%-28s %6d ms, %5d texts encoded%n",
                label, (System.nanoTime() - started) / 1_000_000, encoder.misses() - misses);
    }

    private static Catalog edited(Catalog catalog) {
        List<Intent> intents = new ArrayList<>(catalog.intents());
        Intent first = intents.get(0);
        List<String> examples = new ArrayList<>(first.examples());
        examples.add("a brand new way to ask about " + first.title());
        intents.set(
                0,
                new Intent(
                        first.id(),
                        first.title(),
                        examples,
                        first.answer(),
                        first.quickReplies(),
                        first.followUps(),
                        first.tags(),
                        first.locale()));
        return new Catalog(catalog.locale(), intents);
    }
}
