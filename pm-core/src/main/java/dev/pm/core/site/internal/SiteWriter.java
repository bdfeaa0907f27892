package dev.pm.core.site.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site into a temporary folder beside the target and swaps it in only when everything succeeded,
 * so a failed build leaves the previous site as it was, and pages of deleted postmortems disappear.
 */
final class SiteWriter {

    private final Path target;
    private final Path staging;
    /** Folders already made in the staging folder: asking the file system again for each of 10,000 pages costs. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    SiteWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = parent.resolve("." + this.target.getFileName() + ".pm-staging");
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    void write(String path, byte[] content) throws IOException {
        Path file = SitePaths.resolve(staging, path);
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        Files.write(file, content);
    }

    /** Puts the staged site in place of the target. */
    void commit() throws IOException {
        Path previous = target.resolveSibling("." + target.getFileName() + ".pm-previous");
        deleteTree(previous);
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        deleteTree(previous);
    }

    /** Drops the staged site; the target is untouched. */
    void abandon() throws IOException {
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
