package dev.pm.core.read.internal;

import dev.pm.core.Position;
import dev.pm.core.internal.Problems;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.ReadRule;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML front matter into a {@link HeaderValue} tree with positions. It only composes nodes and never
 * constructs Java objects from tags, so a header cannot instantiate arbitrary types.
 */
final class YamlHeaderReader {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 20;

    /**
     * One composer per thread: building a {@code Yaml} sets up representers and resolvers, which cost more than
     * composing a front matter does, and a {@code Yaml} may not be shared between threads.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    });

    private YamlHeaderReader() {
    }

    static Optional<HeaderValue.Mapping> read(String yaml, int firstLine, Problems problems) {
        if (yaml.isBlank()) {
            return Optional.of(new HeaderValue.Mapping(new LinkedHashMap<>(), new Position(firstLine, 1)));
        }
        Marks marks = Marks.of(yaml, firstLine);
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? new Position(firstLine, 1) : marks.at(mark);
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            problems.error(at, ReadRule.YAML, "malformed YAML front matter: " + problem
                    + "; check the indentation and quote values that contain ':' or '#'");
            return Optional.empty();
        } catch (ReaderException e) {
            problems.error(marks.atCodePoint(e.getPosition()), ReadRule.YAML, "the front matter holds the"
                    + " control character " + String.format("U+%04X", e.getCodePoint()) + ", which YAML does not"
                    + " allow: remove it (it is invisible in most editors; retype the line)");
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(firstLine, 1, ReadRule.YAML, "malformed YAML front matter: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new HeaderValue.Mapping(new LinkedHashMap<>(), new Position(firstLine, 1)));
        }
        if (!(root instanceof MappingNode)) {
            problems.error(marks.at(root.getStartMark()), ReadRule.YAML,
                    "the front matter must be a list of 'key: value' lines, not a single value or a list");
            return Optional.empty();
        }
        return Optional.of((HeaderValue.Mapping) convert(root, marks, problems, newPath()));
    }

    private static Set<Node> newPath() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Converts a node; {@code path} holds the nodes above it, so an alias that contains itself is caught. */
    private static HeaderValue convert(Node node, Marks marks, Problems problems, Set<Node> path) {
        Position at = marks.at(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return new HeaderValue.Scalar(scalar.getValue(), at);
        }
        if (!path.add(node)) {
            problems.error(at, ReadRule.YAML, "a YAML alias refers to a value that contains it: write the value out"
                    + " instead of using '*' aliases");
            return new HeaderValue.Scalar("", at);
        }
        try {
            return convertCollection(node, at, marks, problems, path);
        } finally {
            path.remove(node);
        }
    }

    private static HeaderValue convertCollection(Node node, Position at, Marks marks, Problems problems,
            Set<Node> path) {
        if (node instanceof SequenceNode sequence) {
            List<HeaderValue> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(item, marks, problems, path)));
            return new HeaderValue.Sequence(items, at);
        }
        MappingNode mapping = (MappingNode) node;
        LinkedHashMap<String, HeaderValue.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Position keyAt = marks.at(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.error(keyAt, ReadRule.YAML, "a front-matter key must be plain text, not a list or a mapping");
                continue;
            }
            String key = keyNode.getValue();
            HeaderValue.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.error(keyAt, ReadRule.YAML, "duplicate key '" + key + "' (first set on line "
                        + earlier.keyPosition().line() + "): keep only one of them");
                continue;
            }
            entries.put(key, new HeaderValue.Entry(key, keyAt, convert(tuple.getValueNode(), marks, problems,
                    path)));
        }
        return new HeaderValue.Mapping(entries, at);
    }

    /**
     * Positions in the front matter. SnakeYAML counts in code points, and also breaks lines at U+0085, U+2028 and
     * U+2029; pm reports lines broken at LF and columns in UTF-16 code units, as the body's and SARIF's are, so a
     * character such as an emoji counts two. A mark's index is turned into the offset of its character, which
     * gives the line and column the body's way.
     *
     * @param charOffsets the offset of each code point when the front matter has characters outside the BMP, where
     *     code points and offsets differ; empty otherwise
     */
    private record Marks(LineIndex lines, int length, Optional<int[]> charOffsets) {

        static Marks of(String yaml, int firstLine) {
            int codePoints = yaml.codePointCount(0, yaml.length());
            Optional<int[]> offsets = Optional.empty();
            if (codePoints != yaml.length()) {
                int[] table = new int[codePoints + 1];
                for (int i = 0, offset = 0; i <= codePoints; i++) {
                    table[i] = offset;
                    offset += offset < yaml.length() ? Character.charCount(yaml.codePointAt(offset)) : 0;
                }
                offsets = Optional.of(table);
            }
            return new Marks(new LineIndex(yaml, firstLine), yaml.length(), offsets);
        }

        Position at(Mark mark) {
            return atCodePoint(mark.getIndex());
        }

        /** The position of code point {@code index} of the front matter. */
        Position atCodePoint(int index) {
            int offset = charOffsets.map(table -> table[Math.max(0, Math.min(index, table.length - 1))])
                    .orElse(Math.max(0, Math.min(index, length)));
            return lines.at(offset);
        }
    }
}
