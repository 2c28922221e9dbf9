package dev.penny.channels.catalog;

/** The classifier could not be trained on a catalog; whatever was serving keeps serving. */
final class TrainingFailed extends RuntimeException {

    TrainingFailed(String label, RuntimeException cause) {
        super("could not train " + label + ": " + cause.getMessage(), cause);
    }
}
