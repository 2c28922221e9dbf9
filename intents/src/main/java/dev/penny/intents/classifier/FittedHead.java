package dev.penny.intents.classifier;

/**
 * What was learned from one encoder's embeddings: the head, the feature map its inputs go through, and the examples
 * it was trained on, grouped by intent, which vote beside it ({@link NeighbourVotes}).
 */
record FittedHead(FeatureMap featureMap, SoftmaxHead head, ExamplesByIntent examples) {

    /** Raw scores, one per intent. */
    double[] logits(String text, float[] embedding) {
        return head.logits(featureMap.features(text, embedding));
    }

    int intents() {
        return head.intents();
    }
}
