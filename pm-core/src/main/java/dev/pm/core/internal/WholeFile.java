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

    /**
     * Puts {@code bytes} at {@code target}, creating its folder; a symbolic link there is replaced, not written
     * through, so that a page of an output folder is never written outside it.
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        writeWhole(target.toAbsolutePath(), partial -> Files.write(partial, bytes));
    }

    /**
     * Writes {@code target} in UTF-8 from {@code text}, creating its folder. A report or baseline kept as a symbolic
     * link is written through it, as a plain write would, not replaced by a file of its own.
     */
    public static void write(Path target, Text text) throws IOException {
        writeWhole(throughLinks(target.toAbsolutePath()), partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                text.writeTo(out);
            }
        });
    }

    private interface Contents {
        void writeTo(Path partial) throws IOException;
    }

    private static void writeWhole(Path file, Contents contents) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file pm can write");
        }
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + ".pm-partial");
        try {
            contents.writeTo(partial);
            moveOver(partial, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** The file a chain of symbolic links leads to; {@code file} itself when it is none. */
    private static Path throughLinks(Path file) throws IOException {
        Path resolved = file;
        for (int links = 0; Files.isSymbolicLink(resolved); links++) {
            if (links == 40) {
                throw new IOException(file + " is a loop of symbolic links");
            }
            resolved = resolved.resolveSibling(Files.readSymbolicLink(resolved)).normalize();
        }
        return resolved;
    }

    private static void moveOver(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
