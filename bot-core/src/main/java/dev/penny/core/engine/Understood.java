package dev.penny.core.engine;

import dev.penny.core.conversation.Turn;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.IntentClassifier;
import java.util.Optional;

/**
 * A visitor message stored and classified ({@link SupportEngine#understandAll}), waiting to be answered ({@link
 * SupportEngine#respond}). It keeps the FAQ version its batch was classified with, so the answer comes from that
 * version even if another was published meanwhile.
 */
public final class Understood {

    private final Turn turn;
    private final boolean fresh;
    private final boolean claimed;
    private final BatchClassification batch;
    private final IntentClassifier classifier;
    private final Responder responder;

    Understood(
            Turn turn,
            boolean fresh,
            boolean claimed,
            BatchClassification batch,
            IntentClassifier classifier,
            Responder responder) {
        this.turn = turn;
        this.fresh = fresh;
        this.claimed = claimed;
        this.batch = batch;
        this.classifier = classifier;
        this.responder = responder;
    }

    /** The visitor's message as stored (the stored original when it was re-sent). */
    public Turn visitorTurn() {
        return turn;
    }

    boolean fresh() {
        return fresh;
    }

    /** False when another attempt is answering the message: this one must not. */
    boolean claimed() {
        return claimed;
    }

    Optional<ClassifiedQuestion> classified() {
        return batch.questionFor(turn);
    }

    Optional<RuntimeException> classifierFailure() {
        return batch.failure();
    }

    IntentClassifier classifier() {
        return classifier;
    }

    Responder responder() {
        return responder;
    }
}
