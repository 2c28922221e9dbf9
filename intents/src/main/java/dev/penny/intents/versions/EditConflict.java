package dev.penny.intents.versions;

import java.util.Optional;

/** An edit made on a revision of an intent that is no longer current, or on an intent id that is taken or gone. */
public final class EditConflict extends RuntimeException {

    private final transient DraftIntent current;

    public EditConflict(String message, DraftIntent current) {
        super(message);
        this.current = current;
    }

    /** The intent as it is now, so the owner can compare and redo the edit; empty when it is gone. */
    public Optional<DraftIntent> current() {
        return Optional.ofNullable(current);
    }
}
