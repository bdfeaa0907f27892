package dev.pm.core.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.core.Diagnostic;
import dev.pm.core.check.internal.Rules;
import dev.pm.core.internal.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
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

    /** Writes the report's fixed parts, which are maps; the results are written field by field. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        // Streamed as it is made, and the file replaced only once complete: an archive brought in from elsewhere can
        // have tens of thousands of findings, and a document of maps, then a string, held them all three times over.
        WholeFile.write(target, out -> {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n"));
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
                json.setPrettyPrinter(printer);
                writeLog(json, diagnostics, known, baseDirectory, toolVersion);
                json.writeRaw('\n');
            }
        });
    }

    private static void writeLog(JsonGenerator json, List<Diagnostic> diagnostics,
            java.util.Optional<List<Diagnostic>> known, Path baseDirectory, String toolVersion) throws IOException {
        java.util.Set<Diagnostic> unchanged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        known.ifPresent(unchanged::addAll);
        List<CheckRule> rules = Stream.concat(Rules.catalogue().stream(), Rules.readRules().stream()).toList();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = rules.size() - 1; i >= 0; i--) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectField("tool", object("driver", object("name", "pm", "version", toolVersion,
                "informationUri", INFORMATION_URI, "rules", rules.stream().map(SarifReport::rule).toList())));
        json.writeObjectField("originalUriBaseIds", object(ROOT_ID, object("description", object("text",
                "The root of the repository (the folder holding .git), or the project's folder outside one"))));
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        Map<Path, Map<String, Object>> locations = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            json.writeStartObject();
            json.writeStringField("ruleId", d.rule());
            Integer index = ruleIndex.get(d.rule());
            if (index != null) {
                json.writeNumberField("ruleIndex", index);
            }
            json.writeStringField("level", level(d.level()));
            json.writeObjectFieldStart("message");
            json.writeStringField("text", d.message());
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectField("artifactLocation", locations.computeIfAbsent(d.file(),
                    file -> artifactLocation(d.shownPath(baseDirectory))));
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", Math.max(d.line(), 1));
            json.writeNumberField("startColumn", Math.max(d.column(), 1));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            if (known.isPresent()) {
                json.writeStringField("baselineState", unchanged.contains(d) ? "unchanged" : "new");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
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
            uri.append(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
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
