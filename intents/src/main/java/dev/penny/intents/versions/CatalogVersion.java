package dev.penny.intents.versions;

import dev.penny.intents.catalog.Catalog;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A published catalog version: what went live, who published it and when, what changed since the version before,
 * and the answer threshold the owner chose for it.
 *
 * @param number 1 for the first published version, one more for each publish (a rollback publishes too)
 * @param catalog the catalog as published
 * @param publishedBy the owner who published it
 * @param publishedAt when it went live
 * @param diff the changes from version {@code number - 1} (everything added, for version 1)
 * @param minAnswerConfidence the minimum intent confidence the owner chose for answering from the FAQ; empty to use
 *     the classifier's calibrated threshold for the configured answered-precision
 */
public record CatalogVersion(
        int number,
        Catalog catalog,
        String publishedBy,
        Instant publishedAt,
        CatalogDiff diff,
        OptionalDouble minAnswerConfidence) {

    public CatalogVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1, was " + number);
        }
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(minAnswerConfidence, "minAnswerConfidence");
    }

    /** Everything but the catalog. */
    public VersionSummary summary() {
        return new VersionSummary(number, publishedBy, publishedAt, diff, minAnswerConfidence);
    }

    /** {@code "v7"}: how logs, the editor and decisions name the version. */
    public String label() {
        return "v" + number;
    }
}
