package dev.penny.intents.catalog;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Catalogs are refused when they use YAML anchors or aliases ({@code &name}, {@code *name}, merge keys): a catalog
 * has no need for them, and an alias repeats a subtree without its size showing in the file, which is how a small
 * upload expands into a huge one ("billion laughs"). An alias is the anchored node itself once composed, so finding
 * the anchor finds both.
 */
final class NoAnchors {

    private NoAnchors() {}

    /** The first anchored node, depth first, if any. */
    static Optional<Node> firstAnchored(Node root) {
        return root == null ? Optional.empty() : find(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<Node> find(Node node, Set<Node> seen) {
        if (node.getAnchor() != null) {
            return Optional.of(node);
        }
        if (!seen.add(node)) {
            return Optional.empty();
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                Optional<Node> found = find(item, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Optional<Node> found = find(tuple.getKeyNode(), seen).or(() -> find(tuple.getValueNode(), seen));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
