package dev.penny.intents.classifier;

import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.IntentScore;
import dev.penny.core.understanding.QuestionVector;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies visitor messages with a frozen ONNX sentence encoder, lexical features and a trained softmax head,
 * all in-process on the CPU. Immutable once trained: publishing a new catalog builds a new instance and swaps it
 * in, so a conversation never sees a half-trained model.
 *
 * <p>Build one with {@link IntentClassifierTrainer}. The encoder is shared, not owned: closing it is the caller's
 * job.
 */
public final class OnnxIntentClassifier implements IntentClassifier {

    private final SentenceEncoder encoder;
    private final FeatureMap featureMap;
    private final SoftmaxHead head;
    private final List<String> intentIds;
    private final Calibration calibration;
    private final OutOfScopeDetector outOfScope;

    OnnxIntentClassifier(
            SentenceEncoder encoder,
            FeatureMap featureMap,
            SoftmaxHead head,
            List<String> intentIds,
            Calibration calibration,
            OutOfScopeDetector outOfScope) {
        this.encoder = encoder;
        this.featureMap = featureMap;
        this.head = head;
        this.intentIds = List.copyOf(intentIds);
        this.calibration = calibration;
        this.outOfScope = outOfScope;
    }

    @Override
    public IntentPrediction classify(String text) {
        return classifyAll(List.of(text)).get(0);
    }

    @Override
    public List<IntentPrediction> classifyAll(List<String> texts) {
        return classifyQuestions(texts).stream()
                .map(ClassifiedQuestion::prediction)
                .toList();
    }

    /** Keeps each text's sentence vector, named by the encoder, for a retriever on the same encoder. */
    @Override
    public List<ClassifiedQuestion> classifyQuestions(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        float[][] embeddings = encoder.encode(texts);
        List<ClassifiedQuestion> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            IntentPrediction prediction = predict(probabilities(texts.get(i), embeddings[i]), embeddings[i]);
            out.add(new ClassifiedQuestion(
                    texts.get(i), prediction, Optional.of(new QuestionVector(encoder.name(), embeddings[i]))));
        }
        return out;
    }

    /** Calibrated probability of every intent, in {@link #intentIds()} order. */
    double[] probabilities(String text, float[] embedding) {
        return SoftmaxHead.softmax(head.logits(featureMap.features(text, embedding)), calibration.temperature());
    }

    private IntentPrediction predict(double[] p, float[] embedding) {
        int[] top = TopIntents.of(p);
        List<IntentScore> ranked = new ArrayList<>(top.length);
        for (int c : top) {
            ranked.add(new IntentScore(intentIds.get(c), Math.min(1.0, Math.max(0.0, p[c]))));
        }
        return new IntentPrediction(ranked, outOfScope.outOfScope(p[top[0]], embedding, top));
    }

    /** The intents this classifier knows, in training order. */
    public List<String> intentIds() {
        return intentIds;
    }

    /** The temperature and thresholds fitted on held-out examples during training. */
    public Calibration calibration() {
        return calibration;
    }

    /** The encoder behind this classifier, shared with the retriever. */
    public SentenceEncoder encoder() {
        return encoder;
    }
}
