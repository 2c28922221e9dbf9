package dev.penny.intents.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a catalog from YAML (the format is described in the {@linkplain dev.penny.intents.catalog
 * package documentation}). Reading checks the shape of the file only: unknown keys, values of the wrong
 * type, malformed YAML. Whether the content makes sense is {@link CatalogValidator}'s job;
 * {@link CatalogLoader} does both.
 */
public final class CatalogParser {

    private final int maxCodePoints;

    /** A parser for catalogs of up to SnakeYAML's default size (3 Mi code points). */
    public CatalogParser() {
        this(new LoaderOptions().getCodePointLimit());
    }

    /** A parser that refuses (as malformed YAML) text longer than {@code maxCodePoints}. */
    public CatalogParser(int maxCodePoints) {
        if (maxCodePoints < 1) {
            throw new IllegalArgumentException("maxCodePoints must be positive: " + maxCodePoints);
        }
        this.maxCodePoints = maxCodePoints;
    }

    /**
     * Parses a catalog file.
     *
     * @throws CatalogException listing every problem with the file's shape, each with its line
     * @throws UncheckedIOException if the file cannot be read
     */
    public Catalog parse(Path file) {
        return orThrow(read(file));
    }

    /**
     * Parses catalog text.
     *
     * @param source the name problems are reported against, such as the file name
     */
    public Catalog parse(String yaml, String source) {
        return orThrow(read(new StringReader(yaml), source));
    }

    /** Parses catalog text from a reader, which the caller closes. */
    public Catalog parse(Reader yaml, String source) {
        return orThrow(read(yaml, source));
    }

    ParsedCatalog read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + file, e);
        }
    }

    ParsedCatalog read(Reader yaml, String source) {
        try {
            // Composing (not loading) keeps every node's position, so problems can name lines.
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(maxCodePoints);
            Node root = new Yaml(options).compose(yaml);
            Optional<Node> anchored = NoAnchors.firstAnchored(root);
            if (anchored.isPresent()) {
                return ParsedCatalog.unreadable(
                        source,
                        CatalogProblem.error(
                                source,
                                YamlMapping.line(anchored.get()),
                                null,
                                "YAML anchors and aliases (&name, *name, <<) are not allowed in a catalog;"
                                        + " write each value out"));
            }
            return new DocumentReader(source).read(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            return ParsedCatalog.unreadable(source, CatalogProblem.error(source, line, null, malformed(e)));
        } catch (YAMLException e) {
            return ParsedCatalog.unreadable(
                    source, CatalogProblem.error(source, 0, null, "malformed YAML: " + e.getMessage()));
        }
    }

    private static String malformed(MarkedYAMLException e) {
        String message = "malformed YAML: "
                + (e.getProblem() == null ? "cannot parse" : e.getProblem().strip());
        if (e.getContext() == null) {
            return message;
        }
        // The context says where the broken construct began, e.g. an unterminated quote only found
        // at the end of the file; naming that line points the editor at the cause.
        Mark start = e.getContextMark();
        return message + " (" + e.getContext().strip() + (start == null ? "" : " at line " + (start.getLine() + 1))
                + ")";
    }

    private static Catalog orThrow(ParsedCatalog parsed) {
        if (parsed.hasErrors()) {
            throw new CatalogException(parsed.problems());
        }
        return parsed.catalog();
    }
}
