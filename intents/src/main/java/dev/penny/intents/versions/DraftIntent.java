package dev.penny.intents.versions;

import dev.penny.intents.catalog.Intent;
import java.util.Objects;

/**
 * An intent of the draft with its revision, the version check that stops two owners from overwriting each other's
 * edits: every change names the revision it was made on, and a change made on an older one is refused.
 *
 * @param intent the intent as edited
 * @param revision starts at 1 when the intent enters the draft and grows by one with every change
 */
public record DraftIntent(Intent intent, long revision) {

    public DraftIntent {
        Objects.requireNonNull(intent, "intent");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1, was " + revision);
        }
    }

    public String id() {
        return intent.id();
    }
}
