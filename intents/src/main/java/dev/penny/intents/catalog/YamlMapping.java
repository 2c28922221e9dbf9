package dev.penny.intents.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of the catalog, read field by field. Reads never throw: a value of the wrong shape
 * becomes a problem naming its line, and the field reads as absent so the rest of the file is still
 * checked.
 */
final class YamlMapping {

    private final String source;
    private final String intentId;
    private final List<CatalogProblem> problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Set<String> malformed = new HashSet<>();

    YamlMapping(MappingNode node, String source, String intentId, Set<String> keys, List<CatalogProblem> problems) {
        this.source = source;
        this.intentId = intentId;
        this.problems = problems;
        Set<String> misspelt = new HashSet<>();
        for (NodeTuple tuple : node.getValue()) {
            index(tuple, keys, misspelt);
        }
        // A misspelt key already explains why its field is absent; checks on the absent field would
        // only repeat it ("exmaples" would otherwise also give "has 0 examples").
        misspelt.removeAll(fields.keySet());
        malformed.addAll(misspelt);
    }

    /** The plain value of {@code key} before the mapping is checked, to label its problems. */
    static String peek(MappingNode node, String key) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v
                    && !isNull(v)) {
                return v.getValue().strip();
            }
        }
        return null;
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The line of {@code key}, or 0 when the mapping does not have it. */
    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? 0 : line(tuple.getKeyNode());
    }

    Node node(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** Whether {@code key} held a value of the wrong shape or was misspelt (either already reported). */
    boolean malformed(String key) {
        return malformed.contains(key);
    }

    /** A text value, or null when absent, empty ({@code key:}) or of the wrong shape. */
    String text(String key) {
        Node value = node(key);
        if (value == null || value instanceof ScalarNode s && isNull(s)) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        report(key, line(value), key + " must be text, not " + kind(value));
        return null;
    }

    /** The text items of a list value; items of the wrong shape are reported and left out. */
    List<ScalarNode> texts(String key) {
        Node value = node(key);
        if (value == null || value instanceof ScalarNode s && isNull(s)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode list)) {
            report(key, line(value), key + " must be a list, not " + kind(value));
            return List.of();
        }
        List<ScalarNode> items = new ArrayList<>();
        int position = 0;
        for (Node item : list.getValue()) {
            position++;
            if (!(item instanceof ScalarNode scalar)) {
                report(key, line(item), key + " item " + position + " must be text, not " + kind(item));
            } else if (isNull(scalar) || scalar.getValue().isBlank()) {
                report(key, line(item), key + " item " + position + " is empty");
            } else {
                items.add(scalar);
            }
        }
        return items;
    }

    private void index(NodeTuple tuple, Set<String> keys, Set<String> misspelt) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar)) {
            problems.add(CatalogProblem.error(
                    source, line(keyNode), intentId, "a key must be a name, not " + kind(keyNode)));
            return;
        }
        String key = scalar.getValue();
        if (!keys.contains(key)) {
            problems.add(CatalogProblem.error(source, line(keyNode), intentId, UnknownKeys.describe(key, keys)));
            UnknownKeys.suggestion(key, keys).ifPresent(misspelt::add);
        } else if (fields.containsKey(key)) {
            problems.add(CatalogProblem.error(
                    source, line(keyNode), intentId, key + " is given twice (first at line " + line(key) + ")"));
        } else {
            fields.put(key, tuple);
        }
    }

    private void report(String key, int line, String message) {
        malformed.add(key);
        problems.add(CatalogProblem.error(source, line, intentId, message));
    }

    static boolean isNull(ScalarNode node) {
        return Tag.NULL.equals(node.getTag());
    }

    private static String kind(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "a single value";
            case sequence -> "a list";
            case mapping -> "a mapping";
            default -> "an alias";
        };
    }
}
