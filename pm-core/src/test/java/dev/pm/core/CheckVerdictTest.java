package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.pm.core.check.Baseline;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.CheckVerdict.Threshold;
import dev.pm.core.model.Archive;
import dev.pm.core.read.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckVerdictTest {

    private static final Path A = Path.of("a.md");
    private static final Path B = Path.of("b.md");

    private static ReadResult result(int files, Diagnostic... found) {
        return new ReadResult(Archive.of(List.of(), java.time.ZoneOffset.UTC), List.of(found), files);
    }

    @Test
    void theSummaryCountsFindingsByLevelAndTheFilesTheyAreIn() {
        ReadResult result = result(41, Diagnostic.error(A, 1, 1, "regret-first", "m"),
                Diagnostic.error(A, 2, 1, "metadata", "m"), Diagnostic.warning(A, 3, 1, "blameless", "m"),
                Diagnostic.warning(B, 3, 1, "blameless", "m"), new Diagnostic(B, 1, 1, "x", Diagnostic.Level.INFO, "m"),
                Diagnostic.warning(Path.of("c.md"), 3, 1, "blameless", "m"));

        assertThat(CheckVerdict.of(result, Threshold.ERROR, -1).summary())
                .isEqualTo("6 findings (2 errors, 3 warnings, 1 info) in 3 of 41 postmortems");
    }

    @Test
    void noFindingsIsSaidPlainly() {
        assertThat(CheckVerdict.of(result(1204), Threshold.ERROR, -1))
                .isEqualTo(new CheckVerdict("no findings in 1,204 postmortems", Optional.empty()));
    }

    @Test
    void theThresholdDecidesWhichLevelsFail() {
        ReadResult warnings = result(2, Diagnostic.warning(A, 3, 1, "blameless", "m"));

        assertThat(CheckVerdict.of(warnings, Threshold.ERROR, -1).failed()).isFalse();
        assertThat(CheckVerdict.of(warnings, Threshold.WARNING, -1).failed()).isTrue();
        assertThat(CheckVerdict.of(warnings, Threshold.WARNING, -1).reason())
                .isEqualTo("1 finding at or above the 'warning' threshold");
        assertThat(CheckVerdict.of(result(2, Diagnostic.error(A, 1, 1, "yaml", "m")), Threshold.NEVER, -1).failed())
                .isFalse();
    }

    @Test
    void tooManyWarningsFailEvenBelowTheThreshold() {
        ReadResult warnings = result(2, Diagnostic.warning(A, 3, 1, "blameless", "m"),
                Diagnostic.warning(B, 3, 1, "blameless", "m"));

        assertThat(CheckVerdict.of(warnings, Threshold.ERROR, 2).failed()).isFalse();
        assertThat(CheckVerdict.of(warnings, Threshold.ERROR, 1).reason()).isEqualTo("2 warnings, more than the 1"
                + " allowed");
    }

    @Test
    void theFailingFindingsAreThoseTheVerdictCountsNotTheOnesABaselineKnows(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "title\n\nwords\n");
        Path b = Files.writeString(dir.resolve("b.md"), "other\n\nmore words\n");
        Diagnostic error = Diagnostic.error(a, 1, 1, "metadata", "m");
        Diagnostic freshWarning = Diagnostic.warning(a, 3, 1, "blameless", "m");
        Diagnostic knownWarning = Diagnostic.warning(b, 3, 1, "blameless", "m");
        Diagnostic knownError = Diagnostic.error(b, 1, 1, "metadata", "m");
        ReadResult result = result(2, error, freshWarning, knownWarning, knownError);
        Optional<Baseline> baseline = Optional.of(Baseline.of(List.of(knownWarning, knownError), dir));

        assertThat(CheckVerdict.of(result, Threshold.ERROR, 1, baseline).failing())
                .as("one counted warning is allowed").containsExactly(error);
        assertThat(CheckVerdict.of(result, Threshold.ERROR, 0, baseline).failing())
                .containsExactly(error, freshWarning);
        assertThat(CheckVerdict.of(result, Threshold.ERROR, 1).failing())
                .containsExactly(error, freshWarning, knownWarning, knownError);
        assertThat(CheckVerdict.of(result, Threshold.NEVER, 1, baseline).failing()).as("a passing build").isEmpty();
    }

    @Test
    void theFailureSaysWhyAsValuesAndItsReasonInWords() {
        ReadResult found = result(2, Diagnostic.error(A, 1, 1, "yaml", "m"), Diagnostic.warning(A, 3, 1, "b", "m"),
                Diagnostic.warning(B, 3, 1, "blameless", "m"), Diagnostic.warning(B, 4, 1, "blameless", "m"));

        CheckVerdict threshold = CheckVerdict.of(found, Threshold.WARNING, 0);
        CheckVerdict warnings = CheckVerdict.of(found, Threshold.NEVER, 2);

        assertThat(threshold.failure()).contains(new CheckVerdict.ThresholdReached(4, Threshold.WARNING));
        assertThat(threshold.reason()).isEqualTo(threshold.failure().orElseThrow().reason())
                .isEqualTo("4 findings at or above the 'warning' threshold");
        assertThat(warnings.failure()).contains(new CheckVerdict.TooManyWarnings(3, 2));
        assertThat(warnings.reason()).isEqualTo("3 warnings, more than the 2 allowed");
        assertThat(CheckVerdict.of(found, Threshold.NEVER, 3).failure()).isEmpty();
    }

    @Test
    void aThresholdIsWrittenAsItIsConfigured() {
        assertThat(Threshold.WARNING.label()).isEqualTo("warning");
        assertThat(Threshold.parse(Threshold.NEVER.label())).isEqualTo(Threshold.NEVER);
    }

    @Test
    void anUnknownThresholdIsRefused() {
        assertThat(Threshold.parse(" Warning ")).isEqualTo(Threshold.WARNING);
        assertThatThrownBy(() -> Threshold.parse("fatal")).hasMessageContaining("use error, warning, info or never");
    }
}
