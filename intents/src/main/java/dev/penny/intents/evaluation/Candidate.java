package dev.penny.intents.evaluation;

import java.util.List;

/** A classifier being evaluated: Penny's or a peer's, trained on the same data, measured the same way. */
interface Candidate extends AutoCloseable {

    /** Name shown in the report, e.g. {@code penny} or {@code langchain4j-embedding-classifier}. */
    String name();

    /** Trains on the examples; the evaluation times this call. */
    void train(List<Example> examples);

    /** Classifies a batch of texts, one prediction per text in order. */
    List<Verdict> classify(List<String> texts);

    /** Whether this candidate can say "out of scope"; peers that cannot are not scored on it. */
    boolean judgesOutOfScope();

    @Override
    default void close() {}

    /** One training or test row. */
    record Example(String text, String intentId) {}

    /**
     * A prediction.
     *
     * @param intentId the top intent
     * @param confidence its confidence (whatever scale the candidate uses)
     * @param outOfScope the candidate's out-of-scope verdict
     */
    record Verdict(String intentId, double confidence, boolean outOfScope) {}
}
