package dev.penny.intents.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Turns a composed YAML document into a catalog, collecting every problem on the way. */
final class DocumentReader {

    static final Set<String> CATALOG_KEYS = Set.of("locale", "intents");
    // Ordered as the writer writes them, which keeps the "expected one of" hint readable.
    static final Set<String> INTENT_KEYS = new LinkedHashSet<>(
            List.of("id", "title", "examples", "answer", "quick_replies", "follow_ups", "tags", "locale"));

    private final String source;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final SourceLines lines = new SourceLines();

    DocumentReader(String source) {
        this.source = source;
    }

    ParsedCatalog read(Node root) {
        if (root == null) {
            return unreadable(1, "the file is empty");
        }
        if (!(root instanceof MappingNode mapping)) {
            return unreadable(YamlMapping.line(root), "expected a mapping with 'locale' and 'intents'");
        }
        YamlMapping catalog = new YamlMapping(mapping, source, null, CATALOG_KEYS, problems);
        String locale = catalog.text("locale");
        List<Intent> intents = new ArrayList<>();
        Node list = catalog.node("intents");
        if (list == null) {
            problems.add(CatalogProblem.error(source, YamlMapping.line(root), null, "intents is missing"));
        } else if (list instanceof SequenceNode sequence) {
            int position = 0;
            for (Node item : sequence.getValue()) {
                position++;
                if (item instanceof MappingNode intent) {
                    intents.add(readIntent(intent, intents.size()));
                } else {
                    problems.add(CatalogProblem.error(
                            source,
                            YamlMapping.line(item),
                            null,
                            "intents item " + position + " must be a mapping with id, examples and answer"));
                }
            }
        } else if (!(list instanceof ScalarNode scalar && YamlMapping.isNull(scalar))) {
            problems.add(CatalogProblem.error(source, YamlMapping.line(list), null, "intents must be a list"));
        }
        return new ParsedCatalog(source, new Catalog(locale, intents), lines, problems);
    }

    private Intent readIntent(MappingNode node, int index) {
        YamlMapping fields = new YamlMapping(node, source, YamlMapping.peek(node, "id"), INTENT_KEYS, problems);
        List<ScalarNode> examples = fields.texts("examples");
        List<ScalarNode> followUps = fields.texts("follow_ups");
        Intent intent = new Intent(
                fields.text("id"),
                fields.text("title"),
                values(examples),
                fields.text("answer"),
                values(fields.texts("quick_replies")),
                values(followUps),
                values(fields.texts("tags")),
                fields.text("locale"));
        lines.recordIntent(index, YamlMapping.line(node), fields);
        lines.recordItems(index, "examples", examples);
        lines.recordItems(index, "follow_ups", followUps);
        return intent;
    }

    private ParsedCatalog unreadable(int line, String why) {
        problems.add(CatalogProblem.error(source, line, null, "not a Penny catalog: " + why));
        return new ParsedCatalog(source, null, lines, problems);
    }

    private static List<String> values(List<ScalarNode> items) {
        return items.stream().map(ScalarNode::getValue).toList();
    }
}
