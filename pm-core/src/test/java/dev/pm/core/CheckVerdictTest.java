package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.pm.core.check.CheckVerdict;
import dev.pm.core.check.CheckVerdict.Threshold;
import dev.pm.core.model.Archive;
import dev.pm.core.read.ReadResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
                .isEqualTo(new CheckVerdict(false, "no findings in 1,204 postmortems", ""));
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
    void anUnknownThresholdIsRefused() {
        assertThat(Threshold.parse(" Warning ")).isEqualTo(Threshold.WARNING);
        assertThatThrownBy(() -> Threshold.parse("fatal")).hasMessageContaining("use error, warning, info or never");
    }
}
