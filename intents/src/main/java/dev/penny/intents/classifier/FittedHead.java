package dev.penny.intents.classifier;

/** A head trained on one encoder's embeddings, with the feature map its inputs go through. */
record FittedHead(FeatureMap featureMap, SoftmaxHead head) {

    /** Raw scores, one per intent. */
    double[] logits(String text, float[] embedding) {
        return head.logits(featureMap.features(text, embedding));
    }

    int intents() {
        return head.intents();
    }
}
