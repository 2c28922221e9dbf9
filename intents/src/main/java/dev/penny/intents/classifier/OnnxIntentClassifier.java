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
 * all in-process on the CPU; or with several encoders, each with its own head, whose calibrated probabilities are
 * averaged. Immutable once trained: publishing a new catalog builds a new instance and swaps it in, so a
 * conversation never sees a half-trained model.
 *
 * <p>Build one with {@link IntentClassifierTrainer}. The encoders are shared, not owned: closing them is the caller's
 * job. The first encoder is the primary one: its vectors go with each question to the retriever and feed the
 * out-of-scope check.
 */
public final class OnnxIntentClassifier implements IntentClassifier {

    private final List<EncoderHead> members;
    private final List<String> intentIds;
    private final Calibration calibration;
    private final OutOfScopeDetector outOfScope;
    private final List<ExamplesByIntent> voters;
    private final double neighbourWeight;

    OnnxIntentClassifier(
            List<EncoderHead> members,
            List<String> intentIds,
            Calibration calibration,
            OutOfScopeDetector outOfScope,
            double neighbourWeight) {
        this.members = List.copyOf(members);
        this.intentIds = List.copyOf(intentIds);
        this.calibration = calibration;
        this.outOfScope = outOfScope;
        this.voters = members.stream().map(m -> m.fitted().examples()).toList();
        this.neighbourWeight = neighbourWeight;
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

    /** Keeps each text's sentence vector, named by the primary encoder, for a retriever on the same encoder. */
    @Override
    public List<ClassifiedQuestion> classifyQuestions(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<float[][]> embeddings = MemberEncoding.encode(encoders(), texts);
        List<ClassifiedQuestion> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            List<double[]> each = new ArrayList<>(members.size());
            List<float[]> vectors = new ArrayList<>(members.size());
            for (int m = 0; m < members.size(); m++) {
                vectors.add(embeddings.get(m)[i]);
                each.add(members.get(m).probabilities(texts.get(i), vectors.get(m)));
            }
            float[] primary = vectors.get(0);
            double[] p = NeighbourVotes.blend(EncoderHead.average(each), voters, vectors, neighbourWeight);
            IntentPrediction prediction = predict(p, primary);
            out.add(new ClassifiedQuestion(
                    texts.get(i),
                    prediction,
                    Optional.of(new QuestionVector(encoder().name(), primary))));
        }
        return out;
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

    /** The temperatures and thresholds fitted on held-out examples during training. */
    public Calibration calibration() {
        return calibration;
    }

    /** The primary encoder behind this classifier, shared with the retriever. */
    public SentenceEncoder encoder() {
        return members.get(0).encoder();
    }

    /** The models behind this classifier as configuration names them: one name, or an ensemble's joined by +. */
    public String modelName() {
        return String.join("+", encoders().stream().map(SentenceEncoder::name).toList());
    }

    /** Every encoder behind this classifier, the primary one first. */
    public List<SentenceEncoder> encoders() {
        return members.stream().map(EncoderHead::encoder).toList();
    }
}
