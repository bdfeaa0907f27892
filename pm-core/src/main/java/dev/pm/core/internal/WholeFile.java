package dev.pm.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into {@code .<name>.pm-partial} beside it, moved over it once complete. A
 * reader (the preview's browser, a CI step uploading a report) never sees half a file, and a write that fails
 * half-way leaves the previous file as it was. The partial file is created as any new file is, so the result has
 * the usual permissions.
 */
public final class WholeFile {

    /** Writes a file's text to the writer it is given. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private WholeFile() {
    }

    /** Writes {@code bytes} to {@code target}, creating its folder. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path partial = partial(target);
        try {
            Files.write(partial, bytes);
            moveOver(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes {@code target} in UTF-8 from {@code text}, creating its folder. */
    public static void write(Path target, Text text) throws IOException {
        Path partial = partial(target);
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                text.writeTo(out);
            }
            moveOver(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partial(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder, not a file pm can write");
        }
        Files.createDirectories(absolute.getParent());
        return absolute.resolveSibling("." + absolute.getFileName() + ".pm-partial");
    }

    private static void moveOver(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
