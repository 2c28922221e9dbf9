package dev.penny.intents.versions;

/** A publish that lost the race: another version went live after this one was trained and checked. */
public final class PublishConflict extends RuntimeException {

    private final int liveNumber;

    public PublishConflict(int expectedLive, int liveNumber) {
        super("version " + liveNumber + " went live meanwhile (this publish was made on version " + expectedLive
                + "); try the draft again and publish once more");
        this.liveNumber = liveNumber;
    }

    /** The version live now. */
    public int liveNumber() {
        return liveNumber;
    }
}
