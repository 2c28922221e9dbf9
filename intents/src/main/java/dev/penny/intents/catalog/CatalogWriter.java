package dev.penny.intents.catalog;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a catalog in the format {@link CatalogParser} reads, laid out for people: one example per
 * line, multi-line answers as literal blocks, short lists inline, and an intent's locale only when it
 * differs from the catalog's. Reading the output back gives an equal catalog.
 */
public final class CatalogWriter {

    static final String HEADER = "# Penny FAQ catalog\n";

    /** The catalog as YAML text. */
    public String write(Catalog catalog) {
        StringWriter out = new StringWriter();
        write(catalog, out);
        return out.toString();
    }

    /** Writes the catalog to a UTF-8 file, replacing it. */
    public void write(Catalog catalog, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(catalog, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write catalog " + file, e);
        }
    }

    /** Writes the catalog to {@code out}, which the caller closes. */
    public void write(Catalog catalog, Writer out) {
        try {
            out.write(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NodeTuple> root = new ArrayList<>();
        put(root, "locale", text(catalog.locale()));
        List<Node> intents =
                catalog.intents().stream().map(i -> intent(i, catalog.locale())).toList();
        put(root, "intents", new SequenceNode(Tag.SEQ, intents, FlowStyle.BLOCK));
        new Yaml(options()).serialize(new MappingNode(Tag.MAP, root, FlowStyle.BLOCK), out);
    }

    private static Node intent(Intent intent, String catalogLocale) {
        List<NodeTuple> fields = new ArrayList<>();
        put(fields, "id", text(intent.id()));
        put(fields, "title", text(intent.title()));
        put(fields, "examples", list(intent.examples(), FlowStyle.BLOCK));
        put(fields, "answer", text(intent.answer()));
        putIfAny(fields, "quick_replies", intent.quickReplies());
        putIfAny(fields, "follow_ups", intent.followUps());
        putIfAny(fields, "tags", intent.tags());
        if (intent.locale() != null && !intent.locale().equals(catalogLocale)) {
            put(fields, "locale", text(intent.locale()));
        }
        return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
    }

    private static void putIfAny(List<NodeTuple> fields, String key, List<String> values) {
        if (!values.isEmpty()) {
            put(fields, key, list(values, FlowStyle.FLOW));
        }
    }

    private static void put(List<NodeTuple> fields, String key, Node value) {
        fields.add(new NodeTuple(new ScalarNode(Tag.STR, key, null, null, ScalarStyle.PLAIN), value));
    }

    private static Node list(List<String> values, FlowStyle style) {
        return new SequenceNode(
                Tag.SEQ, values.stream().map(CatalogWriter::text).toList(), style);
    }

    private static Node text(String value) {
        // The emitter falls back to quoting wherever a literal block or plain text would not read back
        // as the same string, so the choice here is only about looks.
        ScalarStyle style = value.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, null, null, style);
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        // An example or answer line stays on one line however long, as the editor typed it.
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return options;
    }
}
