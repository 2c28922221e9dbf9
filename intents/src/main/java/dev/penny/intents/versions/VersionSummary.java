package dev.penny.intents.versions;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A published version without its catalog: what a history of versions shows. A catalog can be a megabyte; listing a
 * hundred versions should not read a hundred of them.
 *
 * @param number the version's number
 * @param publishedBy the owner who published it
 * @param publishedAt when it went live
 * @param diff the changes from the version before
 * @param minAnswerConfidence the threshold saved with it; empty for the calibrated one
 * @see CatalogVersion for what each means
 */
public record VersionSummary(
        int number, String publishedBy, Instant publishedAt, CatalogDiff diff, OptionalDouble minAnswerConfidence) {

    public VersionSummary {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1, was " + number);
        }
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(minAnswerConfidence, "minAnswerConfidence");
    }
}
