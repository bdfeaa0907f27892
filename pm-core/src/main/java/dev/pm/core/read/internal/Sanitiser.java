package dev.pm.core.read.internal;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps only {@code id} and {@code class} attributes in a document, so that Markdown cannot add event handlers,
 * styles or links to the HTML through attribute syntax.
 */
final class Sanitiser {

    static final Set<String> SAFE_ATTRIBUTES = Set.of(".", "#", "class", "id");

    private Sanitiser() {
    }

    static void clean(Document document) {
        List<Node> unsafe = new ArrayList<>();
        collectUnsafe(document, unsafe);
        unsafe.forEach(Node::unlink);
    }

    private static void collectUnsafe(Node node, List<Node> unsafe) {
        for (Node child : node.getChildren()) {
            if (child instanceof AttributeNode attribute
                    && !SAFE_ATTRIBUTES.contains(attribute.getName().toString().toLowerCase(Locale.ROOT))) {
                unsafe.add(child);
            } else {
                collectUnsafe(child, unsafe);
            }
        }
    }
}
