package dev.pm.core.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The theme's static files, copied to the site root as they are: the bundled ones (listed in
 * {@code static.list}) and a theme folder's {@code static/}, whose files replace bundled ones of the same path
 * or add new ones.
 */
final class Assets {

    private static final String BUNDLED = "/dev/pm/theme/static/";

    private Assets() {
    }

    /** Every asset, by site path, in sorted order. */
    static TreeMap<String, byte[]> collect(Optional<Path> themeDirectory) throws IOException {
        TreeMap<String, byte[]> assets = new TreeMap<>();
        for (String name : bundledNames()) {
            try (InputStream in = Assets.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IllegalStateException("static.list names a missing file: " + name);
                }
                assets.put(name, in.readAllBytes());
            }
        }
        if (themeDirectory.isPresent()) {
            Path folder = themeDirectory.get().resolve("static");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = folder.relativize(file).toString().replace('\\', '/');
                        if (!name.startsWith(".")) {
                            assets.put(name, Files.readAllBytes(file));
                        }
                    }
                }
            }
        }
        return assets;
    }

    /** Every asset's site path, without reading the files. */
    static Set<String> names(Optional<Path> themeDirectory) throws IOException {
        Set<String> names = new TreeSet<>(bundledNames());
        if (themeDirectory.isPresent()) {
            Path folder = themeDirectory.get().resolve("static");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = folder.relativize(file).toString().replace('\\', '/');
                        if (!name.startsWith(".")) {
                            names.add(name);
                        }
                    }
                }
            }
        }
        return names;
    }

    private static List<String> bundledNames() {
        try (InputStream in = Assets.class.getResourceAsStream(BUNDLED + "static.list")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
