package dev.pm.core.check;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pm.core.Diagnostic;
import dev.pm.core.check.internal.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes diagnostics as a SARIF 2.1.0 log, the format code-scanning services read to annotate pull requests.
 * Paths are relative to a root folder, normally the Git repository's ({@link RepositoryRoot}), and carry the
 * {@code uriBaseId} {@value #ROOT_ID}, which {@code originalUriBaseIds} declares without an absolute address:
 * nothing depends on the machine or the clock, so the same findings give the same bytes.
 */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/pm-postmortems/pm";
    /** The {@code uriBaseId} of every location: the root folder the paths are relative to. */
    public static final String ROOT_ID = "SRCROOT";

    private SarifReport() {
    }

    /**
     * Writes the report, creating the parent folder.
     *
     * @param diagnostics what reading and checking found
     * @param baseDirectory the folder paths are made relative to, normally {@link RepositoryRoot#of}
     * @param toolVersion the version of pm that found them
     * @param target the file to write
     */
    public static void write(List<Diagnostic> diagnostics, Path baseDirectory, String toolVersion, Path target)
            throws IOException {
        write(diagnostics, java.util.Optional.empty(), baseDirectory, toolVersion, target);
    }

    /**
     * Writes the report as {@link #write(List, Path, String, Path)} does; when a baseline was applied, each result
     * has a {@code baselineState}: {@code unchanged} for a finding the baseline knows, {@code new} for the others.
     *
     * @param known the findings the baseline knows, or empty when no baseline was applied
     */
    public static void write(List<Diagnostic> diagnostics, java.util.Optional<List<Diagnostic>> known,
            Path baseDirectory, String toolVersion, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n"));
        Files.writeString(target, json.writer(printer).writeValueAsString(log(diagnostics, known, baseDirectory,
                toolVersion)) + "\n");
    }

    static Map<String, Object> log(List<Diagnostic> diagnostics, Path baseDirectory, String toolVersion) {
        return log(diagnostics, java.util.Optional.empty(), baseDirectory, toolVersion);
    }

    static Map<String, Object> log(List<Diagnostic> diagnostics, java.util.Optional<List<Diagnostic>> known,
            Path baseDirectory, String toolVersion) {
        java.util.Set<Diagnostic> unchanged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        known.ifPresent(unchanged::addAll);
        List<CheckRule> rules = Stream.concat(Rules.catalogue().stream(), Rules.readRules().stream()).toList();
        List<String> ids = rules.stream().map(CheckRule::id).toList();

        Map<String, Object> driver = object("name", "pm", "version", toolVersion, "informationUri", INFORMATION_URI,
                "rules", rules.stream().map(SarifReport::rule).toList());
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> result = object("ruleId", d.rule());
            if (ids.contains(d.rule())) {
                result.put("ruleIndex", ids.indexOf(d.rule()));
            }
            result.put("level", level(d.level()));
            result.put("message", object("text", d.message()));
            result.put("locations", List.of(object("physicalLocation", object(
                    "artifactLocation", artifactLocation(d.shownPath(baseDirectory)),
                    "region", object("startLine", Math.max(d.line(), 1), "startColumn", Math.max(d.column(), 1))))));
            if (known.isPresent()) {
                result.put("baselineState", unchanged.contains(d) ? "unchanged" : "new");
            }
            results.add(result);
        }
        Map<String, Object> run = object("tool", object("driver", driver),
                "originalUriBaseIds", object(ROOT_ID, object("description", object("text",
                        "The root of the repository (the folder holding .git), or the project's folder outside one"))),
                "columnKind", "utf16CodeUnits", "results", results);
        return object("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
    }

    private static Map<String, Object> rule(CheckRule rule) {
        return object("id", rule.id(),
                "shortDescription", object("text", rule.description()),
                "help", object("text", rule.hint()),
                "defaultConfiguration", object("level", level(rule.defaultLevel())));
    }

    private static String level(Diagnostic.Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> artifactLocation(Path shown) {
        Map<String, Object> location = object("uri", uri(shown));
        if (!shown.isAbsolute()) {
            location.put("uriBaseId", ROOT_ID);
        }
        return location;
    }

    private static String uri(Path shown) {
        StringBuilder uri = new StringBuilder();
        for (Path part : shown) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return shown.isAbsolute() ? shown.toUri().toString() : uri.toString();
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
