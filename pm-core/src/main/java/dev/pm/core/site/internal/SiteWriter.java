package dev.pm.core.site.internal;

import dev.pm.core.OutputRefusedException;
import dev.pm.core.site.OutputFolder;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the site into a temporary folder beside the target and swaps it in only when everything succeeded,
 * so a failed build leaves the previous site as it was, and pages of deleted postmortems disappear. It only ever
 * deletes folders that carry pm's marker.
 */
final class SiteWriter implements SiteSink {

    private final OutputFolder output;
    private final Path target;
    private final Path staging;
    private final Path previous;
    /** Folders already made in the staging folder: asking the file system again for each of 10,000 pages costs. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * Recovers from a build that was killed half-way, then starts an empty, marked staging folder. Call only once
     * {@link OutputFolder#check()} accepted the folder: it refuses leftovers that do not carry pm's marker, so what
     * is deleted here is always pm's.
     */
    SiteWriter(OutputFolder output) throws IOException {
        this.output = output;
        this.target = output.realPath();
        this.staging = output.staging();
        this.previous = output.previous();
        Files.createDirectories(target.getParent());
        if (!Files.exists(target) && OutputFolder.isMarked(previous)) {
            // Killed between moving the old site aside and moving the new one in: the old one is the last good site.
            move(previous, target);
        }
        deleteMarkedTree(previous);
        deleteMarkedTree(staging);
        Files.createDirectories(staging);
        Files.write(staging.resolve(OutputFolder.MARKER), OutputFolder.markerContent());
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path file = SitePaths.resolve(staging, path);
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        Files.write(file, content);
    }

    /**
     * Carries the kept files over into the staged site, then puts it in place of the target.
     *
     * @throws OutputRefusedException when a kept file has the path of a file pm generated; the target is untouched
     */
    @Override
    public void commit() throws IOException {
        carryOverKeptFiles();
        if (Files.exists(target)) {
            // Marked before it is moved aside, so that a build killed before the end recognises it as pm's.
            if (!OutputFolder.isMarked(target)) {
                Files.write(target.resolve(OutputFolder.MARKER), OutputFolder.markerContent());
            }
            move(target, previous);
        }
        move(staging, target);
        deleteMarkedTree(previous);
    }

    /** Drops the staged site; the target is untouched. */
    @Override
    public void abandon() throws IOException {
        deleteMarkedTree(staging);
    }

    private void carryOverKeptFiles() throws IOException {
        if (output.keep().isEmpty() || !Files.isDirectory(target)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> entries = Files.walk(target)) {
            files = entries.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String sitePath = target.relativize(file).toString().replace('\\', '/');
            Optional<String> entry = output.keptBy(sitePath);
            if (entry.isEmpty() || sitePath.equals(OutputFolder.MARKER)) {
                continue;
            }
            Path copy = staging.resolve(sitePath);
            if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException(new OutputRefusedException.Refusal(file, "keep (pm.keep) entry '"
                        + entry.get() + "' matches " + file + ", but pm generates " + sitePath + " too: rename the"
                        + " file, or take it out of keep; the site in " + target + " was left as it was"));
            }
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes one of pm's own folders, its marker last, so that a build killed half-way through leaves a folder
     * the next build still recognises as pm's. A folder without the marker is not pm's and is left alone.
     */
    private static void deleteMarkedTree(Path root) throws IOException {
        if (!OutputFolder.isMarked(root)) {
            return;
        }
        Path marker = root.resolve(OutputFolder.MARKER);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (dir.equals(root)) {
                    Files.delete(marker);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
