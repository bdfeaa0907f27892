package dev.pm.core.check;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pm.core.Diagnostic;
import dev.pm.core.check.internal.Rules;
import dev.pm.core.internal.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality findings an archive had when it adopted pm: builds fail only on findings that are not in it.
 *
 * <p>Each entry is a file (relative to the source folder, with {@code /}), a rule id and a fingerprint: the first
 * 16 hex digits of the SHA-256 of the rule id and the text of the line the finding points at, with white space
 * collapsed and lower-cased. The line number is not part of it, so an edit elsewhere in the file leaves the entry
 * valid; editing the line itself, or fixing the finding, makes it go: a finding that comes back is new. Two
 * findings of one rule on lines with the same text are two entries. Only the quality rules ({@code pm:check}'s
 * table) are baselined: read problems always count.
 *
 * <p>The file is JSON, entries sorted by file, rule and fingerprint, so that it diffs well under version control.
 */
public final class Baseline {

    /** One known finding. */
    public record Entry(String file, String rule, String fingerprint) {
    }

    /** Diagnostics split into those the baseline knows and the rest. */
    public record Split(List<Diagnostic> fresh, List<Diagnostic> known) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::rule)
            .thenComparing(Entry::fingerprint);

    private final Path sourceDirectory;
    private final List<Entry> entries;

    private Baseline(Path sourceDirectory, List<Entry> entries) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    /** No known findings. */
    public static Baseline empty(Path sourceDirectory) {
        return new Baseline(sourceDirectory, List.of());
    }

    /** The baseline that records today's quality findings, read from files under {@code sourceDirectory}. */
    public static Baseline of(List<Diagnostic> diagnostics, Path sourceDirectory) {
        Baseline empty = empty(sourceDirectory);
        Map<Path, List<String>> lines = new HashMap<>();
        return new Baseline(sourceDirectory, diagnostics.stream().filter(Baseline::baselinable)
                .map(d -> empty.entry(d, lines)).toList());
    }

    /** Reads a baseline file; a file that does not exist is an empty baseline. */
    public static Baseline read(Path file, Path sourceDirectory) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return empty(sourceDirectory);
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IOException(file + " is not a pm baseline: it has no 'findings' list");
        }
        for (JsonNode f : findings) {
            entries.add(new Entry(f.path("file").asText(), f.path("rule").asText(), f.path("fingerprint").asText()));
        }
        return new Baseline(sourceDirectory, entries);
    }

    /**
     * Writes the baseline whole (see {@link WholeFile}), creating the parent folder; the same findings give the same
     * bytes.
     */
    public void write(Path file) throws IOException {
        List<Map<String, String>> findings = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("file", e.file());
            f.put("rule", e.rule());
            f.put("fingerprint", e.fingerprint());
            findings.add(f);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("comment", "Findings pm:check reported when this archive adopted pm; builds fail only on others."
                + " Rewrite with 'mvn pm:baseline'.");
        root.put("version", 1);
        root.put("findings", findings);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer(printer)
                .writeValueAsString(root) + "\n";
        WholeFile.write(file, out -> out.write(json));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether a finding can be baselined: it comes from a quality rule, not from reading. */
    public static boolean baselinable(Diagnostic d) {
        return Rules.find(d.rule()).isPresent();
    }

    /** Splits diagnostics into the known (each entry matches at most one finding) and the fresh, in their order. */
    public Split split(List<Diagnostic> diagnostics) {
        Map<Entry, Integer> left = new HashMap<>();
        entries.forEach(e -> left.merge(e, 1, Integer::sum));
        Map<Path, List<String>> lines = new HashMap<>();
        List<Diagnostic> fresh = new ArrayList<>();
        List<Diagnostic> known = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!left.isEmpty() && baselinable(d)) {
                Entry e = entry(d, lines);
                Integer n = left.get(e);
                if (n != null) {
                    if (n == 1) {
                        left.remove(e);
                    } else {
                        left.put(e, n - 1);
                    }
                    known.add(d);
                    continue;
                }
            }
            fresh.add(d);
        }
        return new Split(List.copyOf(fresh), List.copyOf(known));
    }

    private Entry entry(Diagnostic d, Map<Path, List<String>> lines) {
        Path file = d.file().toAbsolutePath().normalize();
        String relative = file.startsWith(sourceDirectory) ? sourceDirectory.relativize(file).toString() : d.file()
                .toString();
        List<String> text = lines.computeIfAbsent(file, Baseline::lines);
        String line = d.line() >= 1 && d.line() <= text.size() ? text.get(d.line() - 1) : "";
        return new Entry(relative.replace('\\', '/'), d.rule(), fingerprint(d.rule(), line));
    }

    private static List<String> lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return List.of(text.split("\r\n|\r|\n", -1));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The fingerprint of a finding of {@code rule} on a line with this text. */
    static String fingerprint(String rule, String line) {
        String normal = line.replace('\uFEFF', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((rule + "\n" + normal)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
