package dev.pm.core.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.pm.core.Diagnostic;
import dev.pm.core.internal.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes diagnostics as a GitLab Code Quality report: a JSON array of CodeClimate issues, each with
 * {@code description}, {@code check_name}, {@code fingerprint}, {@code severity} and {@code location.path} with
 * {@code location.lines.begin}. GitLab shows them in merge requests when a job declares the file under
 * {@code artifacts: reports: codequality:}. Paths are relative to the repository root, as GitLab requires, and the
 * same findings give the same bytes.
 */
public final class CodeQualityReport {

    private static final JsonFactory JSON = new JsonFactory();

    private CodeQualityReport() {
    }

    /**
     * Writes the report, creating the parent folder. The JSON is streamed as it is made (an archive brought in from
     * elsewhere can have tens of thousands of findings), and replaces the file only once complete.
     *
     * @param diagnostics what reading and checking found
     * @param root the folder paths are made relative to, normally {@link RepositoryRoot#of}
     * @param target the file to write
     */
    public static void write(List<Diagnostic> diagnostics, Path root, Path target) throws IOException {
        WholeFile.write(target, out -> {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            MessageDigest sha256 = sha256();
            Map<Path, String> shownPaths = new HashMap<>();
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.setPrettyPrinter(printer);
                json.writeStartArray();
                for (Diagnostic d : diagnostics) {
                    String path = shownPaths.computeIfAbsent(d.file(), file -> d.shownPath(root).toString()
                            .replace('\\', '/'));
                    writeIssue(json, d, path, sha256);
                }
                json.writeEndArray();
                json.writeRaw('\n');
            }
        });
    }

    private static void writeIssue(JsonGenerator json, Diagnostic d, String path, MessageDigest sha256)
            throws IOException {
        int line = Math.max(d.line(), 1);
        json.writeStartObject();
        json.writeStringField("type", "issue");
        json.writeStringField("description", d.message());
        json.writeStringField("check_name", d.rule());
        json.writeArrayFieldStart("categories");
        json.writeString("Style");
        json.writeEndArray();
        json.writeStringField("fingerprint", fingerprint(sha256, d.rule() + "\n" + path + "\n" + line + "\n"
                + Math.max(d.column(), 1) + "\n" + d.message()));
        json.writeStringField("severity", severity(d.level()));
        json.writeObjectFieldStart("location");
        json.writeStringField("path", path);
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", line);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String severity(Diagnostic.Level level) {
        return switch (level) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String fingerprint(MessageDigest sha256, String text) {
        return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
