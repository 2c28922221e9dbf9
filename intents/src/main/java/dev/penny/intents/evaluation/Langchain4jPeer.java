package dev.penny.intents.evaluation;

import dev.langchain4j.classification.ClassificationResult;
import dev.langchain4j.classification.EmbeddingModelTextClassifier;
import dev.langchain4j.classification.ScoredLabel;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.penny.intents.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * langchain4j's {@link EmbeddingModelTextClassifier} with its default settings, fed by the same sentence encoder
 * as Penny, so that the comparison is about the classification method and not the embeddings.
 */
final class Langchain4jPeer implements Candidate {

    private final EmbeddingModel embeddingModel;
    private EmbeddingModelTextClassifier<String> classifier;

    Langchain4jPeer(SentenceEncoder encoder) {
        this.embeddingModel = new EncoderAsEmbeddingModel(encoder);
    }

    @Override
    public String name() {
        return "langchain4j-embedding-classifier";
    }

    @Override
    public void train(List<Example> examples) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        examples.forEach(e ->
                byLabel.computeIfAbsent(e.intentId(), k -> new ArrayList<>()).add(e.text()));
        classifier = new EmbeddingModelTextClassifier<>(embeddingModel, byLabel);
    }

    @Override
    public List<Verdict> classify(List<String> texts) {
        // the peer has no batch API: one call per text, as an application would use it
        List<Verdict> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            ClassificationResult<String> result = classifier.classifyWithScores(text);
            List<ScoredLabel<String>> labels = result.scoredLabels();
            if (labels.isEmpty()) {
                out.add(new Verdict("", 0, true));
            } else {
                out.add(new Verdict(labels.get(0).label(), labels.get(0).score(), false));
            }
        }
        return out;
    }

    @Override
    public boolean judgesOutOfScope() {
        return false;
    }

    /** Adapts Penny's encoder to langchain4j's embedding-model interface. */
    private record EncoderAsEmbeddingModel(SentenceEncoder encoder) implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            float[][] vectors =
                    encoder.encode(segments.stream().map(TextSegment::text).toList());
            List<Embedding> embeddings = new ArrayList<>(vectors.length);
            for (float[] v : vectors) {
                embeddings.add(Embedding.from(v));
            }
            return Response.from(embeddings);
        }

        @Override
        public int dimension() {
            return encoder.dimension();
        }
    }
}
