package dev.penny.channels.security;

/** Penny refuses to start with a configuration that is unsafe; {@link UnsafeStartAnalyzer} says what to change. */
final class UnsafeStart extends IllegalStateException {

    private final String action;

    UnsafeStart(String problem, String action) {
        super("Penny refuses to start: " + problem);
        this.action = action;
    }

    String action() {
        return action;
    }
}
