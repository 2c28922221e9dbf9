package dev.penny.channels.catalog;

import java.util.function.IntConsumer;

/**
 * How a node that published a catalog version tells the others, so they train it and swap it in within seconds.
 *
 * <p>Fire-and-forget: an announcement may be lost (Redis away, a node restarting), so every node also checks the live
 * version number at start-up and periodically ({@link CatalogFollower}); announcements only make that faster.
 */
public interface CatalogAnnouncements {

    /** Tells every node that version {@code number} is live. */
    void published(int number);

    /**
     * Calls {@code listener} with the number of every version announced from now on, by any node (this one too).
     *
     * @return closing it stops the calls
     */
    AutoCloseable subscribe(IntConsumer listener);

    /** For a single node on the in-memory store: there is nobody to tell. */
    static CatalogAnnouncements none() {
        return new CatalogAnnouncements() {
            @Override
            public void published(int number) {}

            @Override
            public AutoCloseable subscribe(IntConsumer listener) {
                return () -> {};
            }
        };
    }
}
