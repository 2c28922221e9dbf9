package dev.penny.channels.config;

import java.time.Duration;

/**
 * How nodes follow published catalog versions.
 *
 * @param checkEvery how often a node compares the live version number in the store with the one it serves, besides
 *     hearing announcements; it is what catches a node up after it missed announcements (Redis away)
 */
public record PublishingProperties(Duration checkEvery) {

    public PublishingProperties {
        checkEvery = checkEvery == null ? Duration.ofSeconds(5) : checkEvery;
        if (checkEvery.toMillis() < 100) {
            throw new IllegalArgumentException("penny.publishing.check-every must be at least 100ms");
        }
    }

    static PublishingProperties defaults() {
        return new PublishingProperties(null);
    }
}
