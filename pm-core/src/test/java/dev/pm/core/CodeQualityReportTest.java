package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.Checks;
import dev.pm.core.check.CodeQualityReport;
import dev.pm.core.check.RepositoryRoot;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeQualityReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ReadResult checkedFixtures() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("check"), Progress.NONE,
                new Checks(CheckSettings.defaults(), RunContext.defaults()));
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = CodeQualityReportTest.class.getResourceAsStream("schema/gitlab-codequality.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
    }

    /**
     * The check fixtures' report, byte for byte as the one written before the report was streamed (code ce5a402). Set
     * {@code -Dpm.golden.update=true} to rewrite it after an intended change.
     */
    @Test
    void theReportMatchesItsGoldenFile(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("pm-codequality.json");
        CodeQualityReport.write(checkedFixtures().diagnostics(), Fixtures.folder("check").getParent(), report);

        Path golden = Path.of("src/test/resources/dev/pm/core/golden-reports/pm-codequality.json");
        if (Boolean.getBoolean("pm.golden.update")) {
            Files.copy(report, golden, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readAllBytes(report)).isEqualTo(Files.readAllBytes(golden));
    }

    @Test
    void theReportConformsToGitLabsCodeQualityFormat(@TempDir Path folder) throws IOException {
        ReadResult result = checkedFixtures();
        assertThat(result.diagnostics()).isNotEmpty();
        Path report = folder.resolve("target/pm-codequality.json");

        CodeQualityReport.write(result.diagnostics(), Fixtures.folder("check").getParent(), report);

        JsonNode issues = JSON.readTree(report.toFile());
        assertThat(schema().validate(issues)).isEmpty();
        assertThat(issues.size()).isEqualTo(result.diagnostics().size());
        assertThat(issues.get(0).get("location").get("path").asText()).startsWith("check/");
    }

    @Test
    void eachIssueKeepsItsOwnFileLineAndFingerprint(@TempDir Path folder) throws Exception {
        ReadResult result = checkedFixtures();
        Path base = Fixtures.folder("check").getParent();
        CodeQualityReport.write(result.diagnostics(), base, folder.resolve("report.json"));

        JsonNode issues = JSON.readTree(folder.resolve("report.json").toFile());
        assertThat(result.diagnostics().stream().map(Diagnostic::file).distinct()).hasSizeGreaterThan(1);
        assertThat(issues).hasSize(result.diagnostics().size());
        for (int i = 0; i < issues.size(); i++) {
            Diagnostic d = result.diagnostics().get(i);
            String path = d.shownPath(base).toString().replace('\\', '/');
            JsonNode issue = issues.get(i);
            assertThat(issue.path("location").path("path").asText()).isEqualTo(path);
            assertThat(issue.path("location").path("lines").path("begin").asInt()).isEqualTo(Math.max(d.line(), 1));
            String fingerprinted = d.rule() + "\n" + path + "\n" + Math.max(d.line(), 1) + "\n"
                    + Math.max(d.column(), 1) + "\n" + d.message();
            assertThat(issue.path("fingerprint").asText()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(fingerprinted.getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void theSchemaRejectsAnIssueWithoutItsLocation() throws IOException {
        JsonNode broken = JSON.readTree("[{\"description\": \"x\", \"check_name\": \"y\", \"fingerprint\": \"z\","
                + " \"severity\": \"minor\"}]");

        assertThat(schema().validate(broken)).isNotEmpty();
    }

    @Test
    void sameFindingsGiveTheSameBytes(@TempDir Path folder) throws IOException {
        ReadResult result = checkedFixtures();
        Path base = Fixtures.folder("check").getParent();
        CodeQualityReport.write(result.diagnostics(), base, folder.resolve("a.json"));
        CodeQualityReport.write(result.diagnostics(), base, folder.resolve("b.json"));

        assertThat(Files.readString(folder.resolve("a.json"))).isEqualTo(Files.readString(folder.resolve("b.json")));
    }

    @Test
    void theRepositoryRootIsTheNearestFolderWithGit(@TempDir Path folder) throws IOException {
        Path module = Files.createDirectories(folder.resolve("repo/parent/module"));
        Files.createDirectories(folder.resolve("repo/.git"));

        assertThat(RepositoryRoot.of(module)).isEqualTo(folder.resolve("repo").toAbsolutePath().normalize());
        assertThat(RepositoryRoot.of(folder)).isEqualTo(folder.toAbsolutePath().normalize());
    }
}
