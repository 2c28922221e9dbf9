package dev.penny.intents.editing;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogException;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.CatalogParser;
import dev.penny.intents.catalog.CatalogProblem;
import dev.penny.intents.catalog.CatalogValidator;
import dev.penny.intents.catalog.LoadedCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads catalog YAML an owner uploads: within {@link ImportLimits}, then parsed and validated as a catalog file is,
 * every problem with its line. The caller replaces the draft only with what this returns, so a bad import changes
 * nothing.
 */
public final class CatalogImport {

    /** How problems name the uploaded text. */
    public static final String SOURCE = "import";

    private final ImportLimits limits;
    private final CatalogLoader loader;

    /** An import with the {@linkplain ImportLimits#DEFAULT default limits} and validation. */
    public CatalogImport() {
        this(ImportLimits.DEFAULT, new CatalogValidator());
    }

    public CatalogImport(ImportLimits limits, CatalogValidator validator) {
        this.limits = limits;
        // A code point takes at least one byte, so this lets through every text within maxBytes.
        this.loader = new CatalogLoader(new CatalogParser((int) limits.maxBytes()), validator);
    }

    /**
     * The catalog in {@code yaml}, with its warnings.
     *
     * @throws CatalogException listing every problem: too large, malformed YAML (with its line), an unknown key, or
     *     any of the validator's errors
     */
    public LoadedCatalog read(String yaml) {
        long bytes = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxBytes()) {
            throw new CatalogException(List.of(CatalogProblem.error(
                    SOURCE,
                    0,
                    null,
                    "the import has " + size(bytes) + "; at most " + size(limits.maxBytes()) + " can be imported")));
        }
        return loader.load(yaml, SOURCE, this::beyondLimits);
    }

    private List<CatalogProblem> beyondLimits(Catalog catalog) {
        List<CatalogProblem> problems = new ArrayList<>();
        int intents = catalog.intents().size();
        if (intents > limits.maxIntents()) {
            problems.add(CatalogProblem.error(
                    SOURCE,
                    0,
                    null,
                    "the import has " + intents + " intents; at most " + limits.maxIntents() + " can be imported"));
        }
        int examples = catalog.trainingExamples().size();
        if (examples > limits.maxExamples()) {
            problems.add(CatalogProblem.error(
                    SOURCE,
                    0,
                    null,
                    "the import has " + examples + " examples; at most " + limits.maxExamples() + " can be imported"));
        }
        return problems;
    }

    private static String size(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes (%.1f MiB)", bytes, bytes / (1024.0 * 1024));
    }
}
