package dev.pm.core.site;

import dev.pm.core.OutputRefusedException;
import dev.pm.core.site.internal.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a site is written to, and what pm must never destroy around it. pm replaces the output folder on
 * every build, so before anything is read or written {@link #check()} refuses a folder whose replacement would
 * delete files pm did not write: the project, its repository, the sources, the theme, a plain file, or a folder
 * holding someone else's files. pm marks its own output with {@value #MARKER} at its root and recognises output of
 * versions that wrote no marker by its shape.
 *
 * @param path the output folder
 * @param projectDirectory the project's base folder: neither it, its repository root, nor a folder holding either
 *     may be the output
 * @param sourceDirectory the folder of postmortems, which the output may not be, hold or lie in
 * @param themeDirectory the theme folder, which the output may not be, hold or lie in
 * @param keep paths or globs, relative to the output folder, of files that are not pm's and that each new site
 *     carries over unchanged, such as {@code CNAME} or {@code img/**} (not {@code assets/**}: pm writes its
 *     own files there)
 */
public record OutputFolder(Path path, Optional<Path> projectDirectory, Optional<Path> sourceDirectory,
        Optional<Path> themeDirectory, List<String> keep) {

    /** The file that marks a folder as pm's output, and so as pm's to replace. */
    public static final String MARKER = ".pm-site";

    static final String MARKER_TEXT = "written by pm; pm replaces this folder on every build\n";

    private static final String PARAMETER = "outputDirectory (pm.outputDirectory)";

    /**
     * @throws IllegalArgumentException when a {@code keep} entry is blank, absolute or climbs out with {@code ..}
     */
    public OutputFolder {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(themeDirectory, "themeDirectory");
        keep = List.copyOf(keep);
        for (String entry : keep) {
            String slashed = entry.replace('\\', '/');
            if (entry.isBlank() || slashed.startsWith("/") || Path.of(entry).isAbsolute()
                    || List.of(slashed.split("/")).contains("..")) {
                throw new IllegalArgumentException("keep entry '" + entry + "' must be a path or glob inside the"
                        + " output folder, such as CNAME or img/**");
            }
        }
    }

    /** The output folder alone, with nothing else to protect but what {@link #check()} finds in it. */
    public static OutputFolder of(Path path) {
        return new OutputFolder(path, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** This folder inside a project whose base folder and sources it must never touch. */
    public OutputFolder inProject(Path projectDirectory, Path sourceDirectory) {
        return new OutputFolder(path, Optional.of(projectDirectory), Optional.of(sourceDirectory), themeDirectory,
                keep);
    }

    public OutputFolder withTheme(Optional<Path> theme) {
        return new OutputFolder(path, projectDirectory, sourceDirectory, theme, keep);
    }

    public OutputFolder withKeep(List<String> entries) {
        return new OutputFolder(path, projectDirectory, sourceDirectory, themeDirectory, entries);
    }

    /** The staging folder a build renders into, beside the output folder. */
    public Path staging() {
        Path real = realPath();
        return real.resolveSibling("." + real.getFileName() + ".pm-staging");
    }

    /** Where the previous site waits while the new one is moved in. */
    public Path previous() {
        Path real = realPath();
        return real.resolveSibling("." + real.getFileName() + ".pm-previous");
    }

    /**
     * The output folder with symbolic links and {@code ..} resolved as far as it exists, so that {@code ./x/..} and
     * a link to the project cannot pass for another folder.
     */
    public Path realPath() {
        return real(path);
    }

    /** The {@code keep} entry that matches {@code sitePath} (relative, with {@code /}), or itself a folder of it. */
    public Optional<String> keptBy(String sitePath) {
        Path relative = Path.of(sitePath);
        for (String entry : keep) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + entry.replace('\\', '/'));
            for (Path prefix = relative; prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code folder} holds pm's marker at its root. */
    public static boolean isMarked(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Whether pm may replace this folder with a new site, decided from the paths and what the folder holds; reads
     * no source and changes nothing.
     *
     * @return why not, or empty when pm may
     * @throws IOException when the output folder cannot be listed
     */
    public Optional<OutputRefusedException.Refusal> check() throws IOException {
        Path out = realPath();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return refuse(out, "is a file, not a folder; pm would replace it with the site");
        }
        if (projectDirectory.isPresent()) {
            Path project = real(projectDirectory.get());
            Map<Path, String> folders = new LinkedHashMap<>();
            folders.put(project, "the project folder");
            repositoryRoot(project).ifPresent(root -> folders.putIfAbsent(root, "the repository root"));
            for (Map.Entry<Path, String> folder : folders.entrySet()) {
                if (out.equals(folder.getKey())) {
                    return refuse(out, "is " + folder.getValue() + "; pm would replace the whole folder with the site");
                }
            }
            for (Map.Entry<Path, String> folder : folders.entrySet()) {
                if (folder.getKey().startsWith(out)) {
                    return refuse(out, "holds " + folder.getValue() + " " + folder.getKey()
                            + "; pm would replace the whole folder with the site");
                }
            }
        }
        for (Optional<OutputRefusedException.Refusal> refusal : List.of(
                notTheOrAroundRead(out, sourceDirectory, "the source folder (sourceDirectory)"),
                notTheOrAroundRead(out, themeDirectory, "the theme folder (themeDirectory)"))) {
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        for (Path leftover : List.of(staging(), previous())) {
            if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS) && !isMarked(leftover)) {
                return Optional.of(new OutputRefusedException.Refusal(leftover, "pm will not build the site in " + out + " ("
                        + PARAMETER + "): " + leftover + " is in the way and pm did not write it (it has no "
                        + MARKER + " file); pm needs that name for its own temporary folder: move it away or"
                        + " delete it yourself"));
            }
        }
        if (Files.isDirectory(out) && !isMarked(out)) {
            Optional<String> foreign = foreignFile(out);
            if (foreign.isPresent()) {
                return refuse(out, "is not empty and pm did not write it (it holds " + foreign.get() + " and no "
                        + MARKER + " file); delete the folder yourself, or choose an empty one; to publish beside"
                        + " files of your own, such as a CNAME, list them in keep (pm.keep)");
            }
        }
        return Optional.empty();
    }

    /**
     * Checks as {@link #check()} does.
     *
     * @throws OutputRefusedException with the refusal
     * @throws IOException when the output folder cannot be listed
     */
    public void requireSafe() throws IOException {
        Optional<OutputRefusedException.Refusal> refusal = check();
        if (refusal.isPresent()) {
            throw new OutputRefusedException(refusal.get());
        }
    }

    private static Optional<OutputRefusedException.Refusal> notTheOrAroundRead(Path out, Optional<Path> folder, String name) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path read = real(folder.get());
        if (out.equals(read)) {
            return refuse(out, "is " + name + ", which pm reads and never writes");
        }
        if (read.startsWith(out)) {
            return refuse(out, "holds " + name + " " + read + ", which pm reads and never writes");
        }
        if (out.startsWith(read)) {
            return refuse(out, "lies inside " + name + " " + read + ", which pm reads and never writes");
        }
        return Optional.empty();
    }

    private static Optional<OutputRefusedException.Refusal> refuse(Path out, String reason) {
        return Optional.of(new OutputRefusedException.Refusal(out, "pm will not write the site to " + out + " (" + PARAMETER + "): it "
                + reason + ". pm replaces its output folder on every build; choose a folder of its own, such as"
                + " target/postmortems"));
    }

    /**
     * The first file (in sorted order) that is neither kept nor one pm could have written; an unmarked folder of
     * pm's shape must also hold pm's {@code index.html}.
     */
    private Optional<String> foreignFile(Path out) throws IOException {
        SiteLayout layout = SiteLayout.of(themeDirectory);
        List<String> generated = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.walk(out)) {
            for (Path entry : entries.filter(e -> !e.equals(out)).sorted().toList()) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String sitePath = out.relativize(entry).toString().replace('\\', '/');
                if (keptBy(sitePath).isPresent()) {
                    continue;
                }
                boolean pmFile = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && layout.mightBeGenerated(sitePath);
                (pmFile ? generated : others).add(sitePath);
            }
        }
        if (!others.isEmpty()) {
            return Optional.of(others.get(0));
        }
        if (!generated.isEmpty() && !generated.contains("index.html")) {
            return Optional.of(generated.get(0) + " but no index.html");
        }
        return Optional.empty();
    }

    /** The nearest folder at or above {@code project} that holds {@code .git}, as a folder or as a worktree's file. */
    private static Optional<Path> repositoryRoot(Path project) {
        for (Path folder = project; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** {@code path} made absolute with its longest existing part resolved to the real path and the rest normalised. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute.normalize();
        }
    }

    /** The marker's content, for pm's own folders. */
    public static byte[] markerContent() {
        return MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
    }
}
