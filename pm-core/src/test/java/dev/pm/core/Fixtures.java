package dev.pm.core;

import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the test fixtures under {@code src/test/resources/dev/pm/core}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String folder, String name) {
        return folder(folder).resolve(name);
    }

    static ParsedFile parse(String folder, String name) {
        Path file = file(folder, name);
        try {
            return new PostmortemReader(ReaderOptions.defaults()).parse(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
