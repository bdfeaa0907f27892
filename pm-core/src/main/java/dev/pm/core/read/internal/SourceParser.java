package dev.pm.core.read.internal;

import dev.pm.core.internal.Problems;
import dev.pm.core.internal.Slugs;
import dev.pm.core.internal.Utf8;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.ReadRule;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.read.SourceText;
import java.nio.file.Path;
import java.util.Optional;

/** Parses one postmortem file. Thread-safe: one instance serves a whole run. */
public final class SourceParser {

    private final HeaderInterpreter headers;
    private final BodyReader bodies;

    public SourceParser(ReaderOptions options) {
        this.headers = new HeaderInterpreter(options.context().zone(), options.context().severityScale());
        this.bodies = new BodyReader(new MarkdownEngine(options.allowRawHtml()), options.context().zone());
    }

    /** A file read into the model: the sources of its author's text too when {@code withText} is set. */
    private record Read(Postmortem postmortem, Optional<SourceText> text) {
    }

    /**
     * Reads one file's bytes; never throws for bad content.
     *
     * @param folder the source folder the file is in: an {@code index.md} below it is a page bundle's page, one
     *        directly in it is not (the source folder is no bundle)
     * @param withText whether to keep the author's words and the front-matter key positions, for judging them
     */
    public ParsedFile parse(Path folder, Path file, byte[] bytes, boolean withText) {
        Problems problems = new Problems(file);
        boolean bundle = LocalLinks.isBundle(folder, file);
        Optional<Read> read = decode(bytes, problems)
                .flatMap(text -> parseText(file, bundle, text, withText, problems));
        return new ParsedFile(file, read.map(Read::postmortem), read.flatMap(Read::text), problems.sorted());
    }

    private Optional<Read> parseText(Path file, boolean bundle, String text, boolean withText, Problems problems) {
        if (text.isBlank()) {
            problems.error(1, 1, ReadRule.EMPTY_FILE, "the file is empty: write a postmortem in it (run 'mvn"
                    + " pm:new' for a"
                    + " template) or delete it");
            return Optional.empty();
        }
        Optional<SourceSplitter.Split> split = SourceSplitter.split(text, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        SourceSplitter.Split parts = split.get();
        Optional<HeaderValue.Mapping> tree = parts.syntax() == SourceSplitter.HeaderSyntax.YAML
                ? YamlHeaderReader.read(parts.header(), parts.headerFirstLine(), problems)
                : Optional.of(JBakeHeaderReader.read(parts.header(), parts.headerFirstLine(), problems));
        Optional<InterpretedHeader> header = tree.flatMap(t -> headers.interpret(t, problems));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        InterpretedHeader h = header.get();
        String slug = Slugs.slugify(h.slug().orElseGet(() -> baseName(file, bundle)));
        if (slug.isEmpty()) {
            problems.error(1, 1, ReadRule.BAD_SLUG, "no URL-safe slug can be made from '" + h.slug().orElseGet(() ->
                    baseName(file, bundle)) + "': rename the file or set 'slug:' with letters or digits");
            return Optional.empty();
        }
        Optional<NestingScan.TooDeep> tooDeep = NestingScan.find(parts.body(), parts.bodyFirstLine());
        if (tooDeep.isPresent()) {
            problems.error(tooDeep.get().at(), ReadRule.MARKDOWN_DEPTH, tooDeep.get().message());
            return Optional.empty();
        }
        // CommonMark replaces U+0000 with U+FFFD for security; a NUL would also make the page invalid HTML.
        String markdown = parts.body().replace('\u0000', '\uFFFD');
        ReadBody body = bodies.read(file, bundle, markdown, parts.bodyFirstLine(), h.front().incident().start(),
                withText, problems);
        Postmortem postmortem = new Postmortem(file, slug, h.front(), body.body(), body.bundle());
        return Optional.of(new Read(postmortem, withText
                ? Optional.of(new SourceText(body.prose(), h.keyPositions(), body.tableActions())) : Optional.empty()));
    }

    /** The name a slug is made from: a page bundle's folder, or the file's name without its extension. */
    private static String baseName(Path file, boolean bundle) {
        if (bundle && file.toAbsolutePath().normalize().getParent().getFileName() != null) {
            return file.toAbsolutePath().normalize().getParent().getFileName().toString();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Decodes UTF-8 strictly, dropping a byte-order mark and turning CRLF and CR into LF. */
    private static Optional<String> decode(byte[] bytes, Problems problems) {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        decoded.malformed().ifPresent(bad -> problems.error(bad.line(), bad.column(), ReadRule.ENCODING,
                bad.describe() + ": save the file as UTF-8 (pm reads nothing else)"));
        return decoded.text().map(text -> text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
