package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.Checks;
import dev.pm.core.check.SarifReport;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ReadResult checkedFixtures() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("check"), Progress.NONE,
                new Checks(CheckSettings.defaults(), RunContext.defaults()));
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream schema = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(schema));
        }
    }

    /**
     * The check fixtures' report, byte for byte as the one written before the report was streamed (code ce5a402). Set
     * {@code -Dpm.golden.update=true} to rewrite it after an intended change.
     */
    @Test
    void theReportMatchesItsGoldenFile(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("pm-check.sarif");
        SarifReport.write(checkedFixtures().diagnostics(), Fixtures.folder("check").getParent(), "0.1.0", report);

        Path golden = Path.of("src/test/resources/dev/pm/core/golden-reports/pm-check.sarif");
        if (Boolean.getBoolean("pm.golden.update")) {
            Files.copy(report, golden, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readAllBytes(report)).isEqualTo(Files.readAllBytes(golden));
    }

    @Test
    void theReportConformsToTheSarif210Schema(@TempDir Path folder) throws IOException {
        ReadResult result = checkedFixtures();
        Path report = folder.resolve("target/pm-check.sarif");

        SarifReport.write(result.diagnostics(), Fixtures.folder("check").getParent(), "0.1.0", report);

        Set<ValidationMessage> errors = sarifSchema().validate(JSON.readTree(report.toFile()));
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsAMalformedReport() throws IOException {
        JsonNode broken = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");

        assertThat(sarifSchema().validate(broken)).isNotEmpty();
    }

    @Test
    void eachFindingBecomesAResultWithItsRuleLevelAndRelativeLocation(@TempDir Path folder) throws IOException {
        ReadResult result = checkedFixtures();
        Path report = folder.resolve("pm-check.sarif");
        SarifReport.write(result.diagnostics(), Fixtures.folder("check").getParent(), "0.1.0", report);

        JsonNode run = JSON.readTree(report.toFile()).path("runs").get(0);
        JsonNode results = run.path("results");
        assertThat(results).hasSize(result.diagnostics().size());
        JsonNode rootCause = null;
        for (JsonNode r : results) {
            if (r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()
                    .equals("check/trigger-root-cause.md")) {
                rootCause = r;
            }
        }
        assertThat(rootCause).isNotNull();
        assertThat(rootCause.path("ruleId").asText()).isEqualTo("no-root-cause");
        assertThat(rootCause.path("level").asText()).isEqualTo("warning");
        JsonNode region = rootCause.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(List.of(region.path("startLine").asInt(), region.path("startColumn").asInt()))
                .containsExactly(25, 85);
        int index = rootCause.path("ruleIndex").asInt();
        JsonNode rule = run.path("tool").path("driver").path("rules").get(index);
        assertThat(rule.path("id").asText()).isEqualTo("no-root-cause");
        assertThat(rule.path("help").path("text").asText()).contains("Contributing factors");
    }

    @Test
    void eachResultKeepsItsOwnFileAndRule(@TempDir Path folder) throws IOException {
        ReadResult result = checkedFixtures();
        Path base = Fixtures.folder("check").getParent();
        SarifReport.write(result.diagnostics(), base, "0.1.0", folder.resolve("report.sarif"));

        JsonNode run = JSON.readTree(folder.resolve("report.sarif").toFile()).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        assertThat(result.diagnostics().stream().map(Diagnostic::file).distinct()).hasSizeGreaterThan(1);
        assertThat(results).hasSize(result.diagnostics().size());
        for (int i = 0; i < results.size(); i++) {
            Diagnostic d = result.diagnostics().get(i);
            JsonNode r = results.get(i);
            assertThat(r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                    .asText()).isEqualTo(d.shownPath(base).toString().replace('\\', '/'));
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(d.rule());
        }
    }

    @Test
    void theSameFindingsGiveTheSameBytes(@TempDir Path folder) throws IOException {
        Path base = Fixtures.folder("check").getParent();
        SarifReport.write(checkedFixtures().diagnostics(), base, "0.1.0", folder.resolve("a.sarif"));
        SarifReport.write(checkedFixtures().diagnostics(), base, "0.1.0", folder.resolve("b.sarif"));

        assertThat(Files.readAllBytes(folder.resolve("a.sarif"))).isEqualTo(Files.readAllBytes(folder.resolve("b.sarif")));
    }
}
