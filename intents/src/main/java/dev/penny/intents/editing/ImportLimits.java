package dev.penny.intents.editing;

/**
 * How big an imported catalog may be, so that one upload cannot exhaust the server's memory or bury the owner in
 * errors.
 *
 * @param maxBytes the most UTF-8 bytes of YAML text
 * @param maxIntents the most intents
 * @param maxExamples the most examples, over all intents
 */
public record ImportLimits(long maxBytes, int maxIntents, int maxExamples) {

    /** 5 MiB, 2,000 intents, 100,000 examples: far beyond a real FAQ, well within one node's memory. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 2_000, 100_000);

    public ImportLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE || maxIntents < 1 || maxExamples < 1) {
            throw new IllegalArgumentException("import limits must be positive (and maxBytes below 2 GiB): " + maxBytes
                    + " bytes, " + maxIntents + " intents, " + maxExamples + " examples");
        }
    }
}
