package dev.penny.intents.retriever;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.encoder.CachingSentenceEncoder;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.knowledge.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long training's passage calibration takes on the demo catalog with its answers as articles: once on the
 * articles' titles, once with every intent's answer linking to its article (its examples as the questions). Not a
 * test: a measurement, run by hand after {@code mvn -B install}, from {@code intents/}: {@code java -cp
 * target/classes:target/test-classes:target/penny-eval.jar dev.penny.intents.retriever.PassageCalibrationTimes}.
 */
public final class PassageCalibrationTimes {

    private PassageCalibrationTimes() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../channels/src/main/resources/catalog/demo-bank.yml");
        Catalog catalog = new CatalogLoader().load(file).catalog();
        List<Article> articles = new ArrayList<>();
        List<Intent> linking = new ArrayList<>();
        for (Intent i : catalog.intents()) {
            String url = "https://bank.example/help/" + i.id().replace('_', '-');
            articles.add(new Article(i.id().replace('_', '-'), i.title(), url, i.answer()));
            linking.add(new Intent(
                    i.id(),
                    i.title(),
                    i.examples(),
                    i.answer() + " See [help](" + url + ").",
                    i.quickReplies(),
                    i.followUps(),
                    i.tags(),
                    i.locale()));
        }
        try (CachingSentenceEncoder encoder =
                new CachingSentenceEncoder(OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized()), 100_000)) {
            for (Catalog c : List.of(
                    new Catalog(catalog.locale(), catalog.intents(), articles),
                    new Catalog(catalog.locale(), linking, articles))) {
                // as in training, the retriever has encoded the examples and passages before calibration runs
                HybridFaqRetriever retriever = HybridFaqRetriever.index(c, encoder, null);
                for (String run : List.of("first", "again")) {
                    long started = System.nanoTime();
                    PassageCalibration calibration = PassageCalibration.of(retriever, c);
                    System.out.printf(
                            "%s, %s: %d questions, %.2f s%n",
                            calibration.source(), run, calibration.questions(), (System.nanoTime() - started) / 1e9);
                }
            }
        }
    }
}
