package dev.pm.core;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.pm.core.model.Audience;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Nothing the author wrote is lost: every prose line of a source (the text of its paragraphs, list items,
 * headings, table cells and code) appears as text on its page. {@code FidelityTest} runs it over every fixture
 * folder and the real corpus; sample-site's {@code SampleFidelityTest} runs it over the sample archive in every
 * build, through pm-core's test-jar (which holds only this class). It asserts nothing itself: it returns what was
 * lost, so that each caller says what it expects.
 */
public final class FidelityCheck {

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), TaskListExtension.create(), StrikethroughExtension.create(),
            AttributesExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()))).build();
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** What pm adds around an author's words: footnote numbers and back links. */
    private static final Pattern ADDED = Pattern.compile("<sup class=\"footnote-ref\">.*?</sup>"
            + "|<span class=\"footnote-label\">.*?</span>|<a class=\"footnote-back\"[^>]*>.*?</a>");

    private FidelityCheck() {
    }

    /**
     * Reads {@code sources} and renders every postmortem into {@code site}, drafts and internal ones and sections
     * included, so that every word written has a page to be on.
     */
    public static ReadResult render(Path sources, Path site) throws IOException {
        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(sources);
        new SiteGenerator(SiteSettings.builder().audience(Audience.INTERNAL).includeDrafts(true)
                .baseUrl("https://status.example.com").build()).generate(read.archive(), site);
        return read;
    }

    /**
     * The prose lines of each postmortem that its page in {@code site} does not show, as {@code file: line}. With
     * {@code -Dpm.fidelity.dump=true}, the text of a page that lost lines is written to {@code target/}.
     */
    public static List<String> lostLines(ReadResult read, Path site) throws IOException {
        List<String> lost = new ArrayList<>();
        for (Postmortem p : read.archive().postmortems()) {
            Path page = site.resolve("postmortems/" + p.slug() + ".html");
            String text = pageText(Files.readString(page));
            int before = lost.size();
            for (String line : proseLines(Files.readString(p.source(), StandardCharsets.UTF_8))) {
                if (!text.contains(line)) {
                    lost.add(p.source().getFileName() + ": " + line);
                }
            }
            if (lost.size() > before && Boolean.getBoolean("pm.fidelity.dump")) {
                Files.writeString(Path.of("target", p.slug() + ".page.txt"), text);
            }
        }
        return lost;
    }

    /** The article's text as a reader sees it: tags stripped, entities decoded, white space folded. */
    public static String pageText(String html) {
        int start = html.indexOf("<article");
        int end = html.indexOf("</article>");
        String article = html.substring(start, end);
        return normalise(Escaping.unescapeHtml(TAG.matcher(ADDED.matcher(article).replaceAll("")).replaceAll("")));
    }

    /** The plain text of every leaf block of a source's body, each normalised. */
    public static List<String> proseLines(String source) {
        Document document = PARSER.parse(body(source));
        List<Node> unshown = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            // An action item's attributes show as its owner, dates and ticket, not as written.
            if (node instanceof AttributesNode attributes && (setsOnlyIdsAndClasses(attributes)
                    || node.getParent() != null && node.getParent().getParent() instanceof TaskListItem)
                    || node instanceof Footnote || node instanceof Image
                    || node instanceof ImageRef || node instanceof HtmlInlineComment) {
                unshown.add(node);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            String text = null;
            if (node instanceof FencedCodeBlock fenced) {
                text = fenced.getContentChars().toString();
            } else if (node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
                text = node.getChars().toString();
            } else if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                text = plainText(node, unshown);
            }
            if (text != null) {
                String line = normalise(text);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static String plainText(Node node, List<Node> unshown) {
        StringBuilder text = new StringBuilder();
        for (Node child : node.getChildren()) {
            if (unshown.contains(child) || child instanceof HtmlBlock || child instanceof HtmlCommentBlock) {
                continue;
            }
            if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof AttributesNode) {
                // Braces that are not ids and classes are words, with the spaces before them.
                Node previous = child.getPrevious();
                int from = previous == null ? child.getStartOffset() : Math.min(previous.getEndOffset(),
                        child.getStartOffset());
                text.append(child.getChars().baseSubSequence(from, child.getEndOffset()));
            } else if (child instanceof AutoLink || child instanceof MailLink) {
                text.append(((DelimitedLinkNode) child).getText());
            } else if (child instanceof HtmlInline || child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof RefNode ref && !ref.isDefined()) {
                // Raw HTML shows as text unless allowed (both sides lose their tags); an undefined reference
                // shows as written.
                text.append(child instanceof SoftLineBreak || child instanceof HardLineBreak ? " " : child.getChars());
            } else if (child.hasChildren()) {
                text.append(plainText(child, unshown));
            } else {
                // Flexmark reads backslash escapes and entities; code keeps its text as written.
                text.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return text.toString();
    }

    /**
     * Whether attribute syntax such as {@code {#id .class}} holds nothing else, after kramdown's mark or not
     * ({@code {: .note}}): then it is no text.
     */
    private static boolean setsOnlyIdsAndClasses(AttributesNode attributes) {
        for (Node child : attributes.getChildren()) {
            if (child == attributes.getFirstChild() && child instanceof AttributeNode mark
                    && mark.getName().toString().equals(":") && mark.getValue().isBlank()) {
                continue;
            }
            if (child == attributes.getFirstChild() && child instanceof AttributeNode joined
                    && joined.getValue().isEmpty() && joined.getName().toString().matches(":\\.[\\p{L}\\p{N}_-]+")) {
                // {:.note}, which Flexmark reads as one attribute
                continue;
            }
            if (!(child instanceof AttributeNode attribute && (attribute.isId() || attribute.isClass()))) {
                return false;
            }
        }
        return attributes.hasChildren();
    }

    public static String normalise(String text) {
        String decoded = TAG.matcher(text.replace('\u00a0', ' ')).replaceAll("");
        return WHITE_SPACE.matcher(decoded).replaceAll(" ").strip();
    }

    private static String body(String source) {
        String text = source.replace("\r\n", "\n");
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
        }
        int jbake = text.indexOf("\n~~~~~~");
        return jbake < 0 ? text : text.substring(text.indexOf('\n', jbake + 1) + 1);
    }
}
