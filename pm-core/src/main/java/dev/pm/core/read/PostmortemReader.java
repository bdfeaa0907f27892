package dev.pm.core.read;

import dev.pm.core.Diagnostic;
import dev.pm.core.Progress;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.internal.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a folder of postmortems into an {@link Archive}. Build one per run: it holds the Markdown parser and
 * renderer, and may be used from several threads.
 */
public final class PostmortemReader {

    private static final Set<String> EXTENSIONS = Set.of("md", "markdown");

    private final ReaderOptions options;
    private final SourceParser parser;

    public PostmortemReader(ReaderOptions options) {
        this.options = options;
        this.parser = new SourceParser(options);
    }

    /**
     * Reads every Markdown file below {@code folder} (dot-files and dot-folders skipped), in parallel, into a
     * deterministic archive. Problems are collected as diagnostics, never thrown.
     *
     * @throws IOException when the folder cannot be listed
     */
    public ReadResult read(Path folder) throws IOException {
        return read(folder, Progress.NONE);
    }

    /** Reads as {@link #read(Path)} does, telling {@code progress} how many files are parsed. */
    public ReadResult read(Path folder, Progress progress) throws IOException {
        return read(folder, progress, FileCheck.NONE);
    }

    /**
     * Reads as {@link #read(Path)} does, and judges each file with {@code check} as soon as it is read; the
     * findings join the file's diagnostics.
     */
    public ReadResult read(Path folder, Progress progress, FileCheck check) throws IOException {
        if (!Files.isDirectory(folder)) {
            String problem = Files.exists(folder)
                    ? "the source folder is a file, not a folder: point 'sourceDirectory' at the folder that holds"
                            + " the postmortems"
                    : "the source folder does not exist: create it and put postmortems in it (run 'mvn pm:new'),"
                            + " or point 'sourceDirectory' at them";
            Diagnostic unusable = ReadRule.SOURCE_FOLDER.diagnostic(folder, 0, 0, problem);
            return new ReadResult(Archive.of(List.of(), options.context().zone()), List.of(unusable), 0);
        }
        List<Path> files = sources(folder);
        AtomicLong done = new AtomicLong();
        List<ParsedFile> parsed = files.parallelStream().map(file -> {
            ParsedFile result = parse(folder, file, check);
            progress.update("parsing", done.incrementAndGet(), files.size());
            return result;
        }).toList();
        return assemble(parsed);
    }

    /**
     * The files {@link #read(Path)} reads below {@code folder}: every Markdown file, dot-files and dot-folders
     * skipped, sorted.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> isVisible(folder, path) && isMarkdown(path))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Parses one file's bytes, keeping its author's text for judging it; never throws for bad content. The file is
     * read on its own, as if its folder were the source folder: an {@code index.md} is then no page bundle.
     */
    public ParsedFile parse(Path file, byte[] content) {
        return withinOneFile(file, content, (f, c) -> parser.parse(ownFolder(f), f, c, true));
    }

    /**
     * The boundary around one file's reading and checking. Bad content must end in diagnostics, but a bug in pm
     * or a library (such as Flexmark recursing past the stack's end on input the nesting scan did not foresee)
     * must not kill the whole build with a stack trace either: it becomes one {@code internal-error} on this
     * file, and the other files are still read. It catches broadly on purpose, RuntimeException and
     * StackOverflowError (the stack is unwound by the time it is caught, so going on is safe), but no other
     * Error: an OutOfMemoryError concerns the whole JVM, not this file.
     */
    static ParsedFile withinOneFile(Path file, byte[] content, BiFunction<Path, byte[], ParsedFile> parse) {
        try {
            return parse.apply(file, content);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedFile(file, Optional.empty(), Optional.empty(),
                    List.of(Problems.internalError(file, e, "reading")));
        }
    }

    /**
     * Parses one file's bytes and judges it with {@code check}; never throws for bad content. The file is read on
     * its own, as {@link #parse(Path, byte[])} reads it.
     */
    public ParsedFile parse(Path file, byte[] content, FileCheck check) {
        return parse(ownFolder(file), file, content, check);
    }

    /**
     * Parses the bytes of {@code file}, which lies in the source folder {@code folder}, and judges it with
     * {@code check}; never throws for bad content. An {@code index.md} in a folder below {@code folder} is a page
     * bundle's page; one directly in {@code folder} is an ordinary postmortem.
     */
    public ParsedFile parse(Path folder, Path file, byte[] content, FileCheck check) {
        return withinOneFile(file, content, (f, c) -> judge(parser.parse(folder, f, c, check != FileCheck.NONE),
                check));
    }

    private static Path ownFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    private ParsedFile parse(Path folder, Path file, FileCheck check) {
        try {
            return parse(folder, file, Files.readAllBytes(file), check);
        } catch (IOException e) {
            return new ParsedFile(file, Optional.empty(), Optional.empty(), List.of(ReadRule.IO.diagnostic(file, 0, 0,
                    "cannot read the file: " + e.getMessage())));
        }
    }

    private static ParsedFile judge(ParsedFile file, FileCheck check) {
        return file.judged(file.postmortem().isPresent() ? check.check(file) : List.of());
    }

    /** Combines parsed files into an archive: rejects duplicate slugs and checks related slugs. */
    public ReadResult assemble(List<ParsedFile> parsed) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, List<Postmortem>> bySlug = new LinkedHashMap<>();
        for (ParsedFile file : parsed) {
            diagnostics.addAll(file.diagnostics());
            file.postmortem().ifPresent(p -> bySlug.computeIfAbsent(p.slug(), s -> new ArrayList<>()).add(p));
        }
        List<Postmortem> accepted = new ArrayList<>();
        for (Map.Entry<String, List<Postmortem>> entry : bySlug.entrySet()) {
            List<Postmortem> sameSlug = entry.getValue();
            if (sameSlug.size() == 1) {
                accepted.add(sameSlug.get(0));
                continue;
            }
            for (Postmortem p : sameSlug) {
                String others = sameSlug.stream().filter(o -> o != p).map(o -> o.source().toString())
                        .collect(Collectors.joining(", "));
                diagnostics.add(ReadRule.DUPLICATE_SLUG.diagnostic(p.source(), 1, 1, "slug '" + entry.getKey()
                        + "' is also used by " + others + ": rename one of the files or set a different 'slug:'"));
            }
        }
        for (Postmortem p : accepted) {
            for (String related : p.front().related()) {
                if (!bySlug.containsKey(related.toLowerCase(Locale.ROOT))) {
                    diagnostics.add(ReadRule.UNKNOWN_RELATED.diagnostic(p.source(), 1, 1, "'related' names '"
                            + related + "', which is no postmortem's slug: correct it or remove it"));
                }
            }
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new ReadResult(Archive.of(accepted, options.context().zone()), diagnostics, parsed.size());
    }

    private static boolean isVisible(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
