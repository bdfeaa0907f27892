package dev.pm.core.check;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.core.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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

    private CodeQualityReport() {
    }

    /**
     * Writes the report, creating the parent folder.
     *
     * @param diagnostics what reading and checking found
     * @param root the folder paths are made relative to, normally {@link RepositoryRoot#of}
     * @param target the file to write
     */
    public static void write(List<Diagnostic> diagnostics, Path root, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(target, new ObjectMapper().writer(printer).writeValueAsString(issues(diagnostics, root))
                + "\n");
    }

    static List<Map<String, Object>> issues(List<Diagnostic> diagnostics, Path root) {
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String path = d.shownPath(root).toString().replace('\\', '/');
            int line = Math.max(d.line(), 1);
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("type", "issue");
            issue.put("description", d.message());
            issue.put("check_name", d.rule());
            issue.put("categories", List.of("Style"));
            issue.put("fingerprint", fingerprint(d.rule() + "\n" + path + "\n" + line + "\n" + Math.max(d.column(), 1)
                    + "\n" + d.message()));
            issue.put("severity", severity(d.level()));
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("begin", line);
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("path", path);
            location.put("lines", lines);
            issue.put("location", location);
            issues.add(issue);
        }
        return issues;
    }

    private static String severity(Diagnostic.Level level) {
        return switch (level) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
