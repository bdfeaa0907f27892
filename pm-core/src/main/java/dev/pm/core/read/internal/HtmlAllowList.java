package dev.pm.core.read.internal;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML an author may write: {@code details}, {@code summary}, {@code sup}, {@code sub}, {@code kbd},
 * {@code br} and {@code abbr} (with a {@code title}), without any other attribute. Everything else shows as the
 * text it is. A tag passes only when the page keeps its structure: each opening tag needs its closing tag among
 * the same parent's children, nested properly; {@code details} and {@code summary} only as HTML blocks, a
 * {@code summary} only right after its {@code details} opens and closed in the same block; the inline tags opened
 * and closed in the same paragraph or block. A tag is written back in one canonical form, never as typed.
 */
final class HtmlAllowList {

    private static final Set<String> BLOCK_ONLY = Set.of("details", "summary");
    private static final Set<String> PAIRED = Set.of("details", "summary", "sup", "sub", "kbd", "abbr");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(/?)>");
    private static final Pattern TITLE = Pattern.compile("\\s+title\\s*=\\s*(?:\"([^\"<>]*)\"|'([^'<>]*)')\\s*");

    /** A piece of raw HTML: a tag or the text between tags; {@code canonical} is what an allowed tag writes. */
    static final class Token {
        private final Node origin;
        private final String raw;
        private final String name;
        private final boolean closing;
        private final String canonical;
        private boolean allowed;
        private Token follows;

        private Token(Node origin, String raw, String name, boolean closing, String canonical) {
            this.origin = origin;
            this.raw = raw;
            this.name = name;
            this.closing = closing;
            this.canonical = canonical;
        }

        boolean allowed() {
            return allowed;
        }

        String raw() {
            return raw;
        }

        String canonical() {
            return canonical;
        }
    }

    private HtmlAllowList() {
    }

    /** The tokens of every raw-HTML child of {@code parent}, each with its verdict. */
    static Map<Node, List<Token>> judge(Node parent) {
        Map<Node, List<Token>> byNode = new IdentityHashMap<>();
        List<Token> all = new ArrayList<>();
        for (Node child : parent.getChildren()) {
            if (child instanceof HtmlBlock || child instanceof HtmlInline) {
                List<Token> tokens = tokens(child);
                byNode.put(child, tokens);
                all.addAll(tokens);
            }
        }
        Deque<Token> open = new ArrayDeque<>();
        Token previousTag = null;
        for (Token token : all) {
            if (token.name == null) {
                if (!token.raw.isBlank()) {
                    previousTag = null;
                }
                continue;
            }
            Token before = previousTag != null && previousTag.origin == token.origin ? previousTag : null;
            previousTag = token;
            if (token.canonical == null || (BLOCK_ONLY.contains(token.name) && !(token.origin instanceof HtmlBlock))) {
                continue;
            }
            if (token.name.equals("br")) {
                token.allowed = !token.closing;
                continue;
            }
            if (!token.closing) {
                if (token.name.equals("summary")) {
                    if (before == null || before.closing || !before.name.equals("details")) {
                        continue;
                    }
                    token.follows = before;
                }
                open.push(token);
                continue;
            }
            Token top = open.peek();
            if (top != null && top.name.equals(token.name)
                    && (token.name.equals("details") || top.origin == token.origin)) {
                open.pop();
                top.allowed = true;
                token.allowed = true;
                token.follows = top;
            }
        }
        // A summary stands only inside the details it follows; that details may have been refused.
        for (Token token : all) {
            if (token.allowed && token.name.equals("summary")) {
                Token opening = token.closing ? token.follows : token;
                if (opening.follows == null || !opening.follows.allowed) {
                    token.allowed = false;
                }
            }
        }
        for (Token token : all) {
            if (token.allowed && token.name.equals("summary") && token.closing && !token.follows.allowed) {
                token.allowed = false;
            }
        }
        return byNode;
    }

    private static List<Token> tokens(Node node) {
        String text = node.getChars().toString();
        // Inline tags pair within their paragraph (or other parent), block tags within their block.
        Node origin = node instanceof HtmlInline ? node.getParent() : node;
        if (node instanceof HtmlBlock) {
            text = text.stripTrailing();
        }
        List<Token> tokens = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            if (tag.start() > at) {
                tokens.add(new Token(origin, text.substring(at, tag.start()), null, false, null));
            }
            tokens.add(tag(origin, tag));
            at = tag.end();
        }
        if (at < text.length()) {
            tokens.add(new Token(origin, text.substring(at), null, false, null));
        }
        return tokens;
    }

    private static Token tag(Node node, Matcher tag) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        boolean closing = !tag.group(1).isEmpty();
        String attributes = tag.group(3);
        boolean selfClosing = !tag.group(4).isEmpty();
        String canonical = null;
        if (name.equals("br") && !closing && attributes.isBlank()) {
            canonical = "<br>";
        } else if (PAIRED.contains(name) && !selfClosing) {
            if (attributes.isBlank()) {
                canonical = closing ? "</" + name + ">" : "<" + name + ">";
            } else if (name.equals("abbr") && !closing) {
                Matcher title = TITLE.matcher(attributes);
                if (title.matches()) {
                    String value = title.group(1) != null ? title.group(1) : title.group(2);
                    canonical = "<abbr title=\"" + PmNodeRenderer.escape(value) + "\">";
                }
            }
        }
        return new Token(node, tag.group(), name, closing, canonical);
    }
}
