package dev.penny.intents.evaluation;

import dev.penny.core.understanding.IntentPrediction;
import dev.penny.intents.catalog.IntentTitles;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.classifier.IntentClassifierTrainer;
import dev.penny.intents.classifier.OnnxIntentClassifier;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.List;

/** Penny's own classifier, as the application trains it. */
final class PennyCandidate implements Candidate {

    private final List<SentenceEncoder> encoders;
    private final TrainingOptions options;
    private final boolean titles;
    private OnnxIntentClassifier classifier;

    /** Penny on one encoder, or on an ensemble of several (the primary one first). */
    PennyCandidate(List<SentenceEncoder> encoders, TrainingOptions options) {
        this(encoders, options, true);
    }

    /**
     * @param titles train on each intent's title too, as a catalog imported from the training file would have it (the
     *     humanised id)
     */
    PennyCandidate(List<SentenceEncoder> encoders, TrainingOptions options, boolean titles) {
        this.encoders = List.copyOf(encoders);
        this.options = options;
        this.titles = titles;
    }

    @Override
    public String name() {
        return "penny";
    }

    @Override
    public void train(List<Example> examples) {
        List<LabelledExample> named = titles
                ? examples.stream()
                        .map(Example::intentId)
                        .distinct()
                        .map(id -> new LabelledExample(IntentTitles.humanise(id), id))
                        .toList()
                : List.of();
        classifier = new IntentClassifierTrainer(encoders, options)
                .train(
                        examples.stream()
                                .map(e -> new LabelledExample(e.text(), e.intentId()))
                                .toList(),
                        named);
    }

    @Override
    public List<Verdict> classify(List<String> texts) {
        return classifier.classifyAll(texts).stream()
                .map(PennyCandidate::verdict)
                .toList();
    }

    private static Verdict verdict(IntentPrediction p) {
        return new Verdict(p.top().orElseThrow().intentId(), p.topConfidence(), p.outOfScope());
    }

    @Override
    public boolean judgesOutOfScope() {
        return true;
    }

    OnnxIntentClassifier classifier() {
        return classifier;
    }
}
