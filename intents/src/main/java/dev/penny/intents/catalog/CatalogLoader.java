package dev.penny.intents.catalog;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Parses and validates a catalog in one call: the way to read a catalog that the bot will use.
 *
 * <p>Every problem is collected before failing, parse and validation alike, so one run shows an editor
 * all there is to fix.
 */
public final class CatalogLoader {

    private final CatalogParser parser;
    private final CatalogValidator validator;

    /** A loader with the default validation ({@link CatalogValidator#DEFAULT_MIN_EXAMPLES}). */
    public CatalogLoader() {
        this(new CatalogValidator());
    }

    public CatalogLoader(CatalogValidator validator) {
        this(new CatalogParser(), validator);
    }

    public CatalogLoader(CatalogParser parser, CatalogValidator validator) {
        this.parser = parser;
        this.validator = validator;
    }

    /**
     * Loads a catalog file.
     *
     * @throws CatalogException if there is any error; it lists every error and warning with its line
     * @throws UncheckedIOException if the file cannot be read
     */
    public LoadedCatalog load(Path file) {
        return check(parser.read(file));
    }

    /** Loads catalog text; {@code source} names it in problems, such as the uploaded file's name. */
    public LoadedCatalog load(String yaml, String source) {
        return load(new StringReader(yaml), source);
    }

    /** Loads catalog text from a reader, which the caller closes. */
    public LoadedCatalog load(Reader yaml, String source) {
        return check(parser.read(yaml, source));
    }

    /**
     * Loads catalog text that must first pass {@code admission}, e.g. limits on its size: a catalog it finds problems
     * with is refused with those problems (and the file's shape problems) without being validated, so a giant
     * import does not produce a giant list of errors.
     */
    public LoadedCatalog load(String yaml, String source, Function<Catalog, List<CatalogProblem>> admission) {
        return check(parser.read(new StringReader(yaml), source), admission);
    }

    private LoadedCatalog check(ParsedCatalog parsed) {
        return check(parsed, catalog -> List.of());
    }

    private LoadedCatalog check(ParsedCatalog parsed, Function<Catalog, List<CatalogProblem>> admission) {
        List<CatalogProblem> problems = new ArrayList<>(parsed.problems());
        if (parsed.readable()) {
            List<CatalogProblem> refused = admission.apply(parsed.catalog());
            problems.addAll(
                    refused.isEmpty()
                            ? validator.validate(parsed.catalog(), parsed.source(), parsed.lines())
                            : refused);
        }
        problems.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
        if (problems.stream().anyMatch(CatalogProblem::isError)) {
            throw new CatalogException(problems);
        }
        return new LoadedCatalog(parsed.catalog(), problems);
    }
}
