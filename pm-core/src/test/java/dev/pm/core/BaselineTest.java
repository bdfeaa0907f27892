package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.check.Baseline;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.Checks;
import dev.pm.core.check.SarifReport;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path project;

    private Path source() {
        return project.resolve("src/postmortems");
    }

    private ReadResult read() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(source(), Progress.NONE,
                new Checks(CheckSettings.defaults(), RunContext.defaults()));
    }

    private void copy(String fixture, String as) throws IOException {
        Files.createDirectories(source().resolve(as).getParent());
        Files.copy(Fixtures.file("check", fixture), source().resolve(as),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void knownFindingsDoNotFailAndAreCountedWhileNewOnesFail() throws IOException {
        copy("trigger-regret-no-apology.md", "2026/old.md");
        Baseline baseline = Baseline.of(read().diagnostics(), source());
        Path file = source().resolve(".pm-baseline.json");
        baseline.write(file);
        assertThat(Baseline.read(file, source()).entries()).extracting(Baseline.Entry::file, Baseline.Entry::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026/old.md", "regret-first"));

        copy("trigger-regret-late.md", "new.md");
        ReadResult result = read();
        CheckVerdict verdict = CheckVerdict.of(result, CheckVerdict.Threshold.ERROR, -1,
                Optional.of(Baseline.read(file, source())));

        assertThat(verdict.failure()).contains(new CheckVerdict.ThresholdReached(1, CheckVerdict.Threshold.ERROR));
        assertThat(verdict.summary()).isEqualTo("1 finding (1 error) in 1 of 2 postmortems; 1 known finding in the"
                + " baseline");
        assertThat(verdict.fresh(result)).extracting(d -> d.file().getFileName().toString())
                .containsExactly("new.md");
    }

    @Test
    void editsElsewhereKeepAFindingKnownAndAFixedFindingLeavesTheNextBaseline() throws IOException {
        copy("trigger-root-cause.md", "a.md");
        Baseline baseline = Baseline.of(read().diagnostics(), source());
        Path a = source().resolve("a.md");
        Files.writeString(a, Files.readString(a).replace("## Regret", "## Regret\n\nA line added above.\n"));

        ReadResult moved = read();
        assertThat(moved.diagnostics().get(0).line()).isEqualTo(28);
        assertThat(baseline.split(moved.diagnostics()).known()).hasSize(1);

        Files.writeString(a, Files.readString(a).replace("The root cause", "One factor"));
        assertThat(Baseline.of(read().diagnostics(), source()).entries()).isEmpty();
    }

    @Test
    void theFileIsStableAndSarifSaysWhichResultsAreKnown() throws IOException {
        copy("trigger-root-cause.md", "b.md");
        copy("trigger-blame.md", "a.md");
        ReadResult result = read();
        Path one = project.resolve("one.json");
        Path two = project.resolve("two.json");
        Baseline.of(result.diagnostics(), source()).write(one);
        List<Diagnostic> reversed = new java.util.ArrayList<>(result.diagnostics());
        java.util.Collections.reverse(reversed);
        Baseline.of(reversed, source()).write(two);
        assertThat(Files.readString(one)).isEqualTo(Files.readString(two)).contains("\"file\" : \"a.md\"");

        Baseline onlyB = Baseline.of(result.diagnostics().stream()
                .filter(d -> d.file().endsWith("b.md")).toList(), source());
        CheckVerdict verdict = CheckVerdict.of(result, CheckVerdict.Threshold.ERROR, -1, Optional.of(onlyB));
        Path sarif = project.resolve("target/pm-check.sarif");
        SarifReport.write(result.diagnostics(), Optional.of(verdict.known()), project, "test", sarif);
        String text = Files.readString(sarif);
        assertThat(text).contains("\"baselineState\" : \"unchanged\"").contains("\"baselineState\" : \"new\"");
    }
}
