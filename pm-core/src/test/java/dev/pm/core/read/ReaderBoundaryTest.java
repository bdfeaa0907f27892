package dev.pm.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.pm.core.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The last line of defence around one file: whatever goes wrong inside pm while one file is read and checked
 * ends as one diagnostic on that file, except what concerns the whole JVM.
 */
class ReaderBoundaryTest {

    @Test
    void aFileThatFailsWhileReadingBecomesOneInternalErrorOnThatFile() {
        Path file = Path.of("boom.md");

        ParsedFile parsed = PostmortemReader.withinOneFile(file, new byte[0], (f, bytes) -> {
            throw new StackOverflowError();
        });
        ParsedFile failed = PostmortemReader.withinOneFile(file, new byte[0], (f, bytes) -> {
            throw new IllegalStateException("a bug");
        });

        assertThat(List.of(parsed, failed)).allSatisfy(p -> {
            assertThat(p.postmortem()).isEmpty();
            assertThat(p.diagnostics()).extracting(Diagnostic::file, Diagnostic::rule, Diagnostic::level)
                    .containsExactly(tuple(file, "internal-error", Diagnostic.Level.ERROR));
        });
        assertThat(parsed.diagnostics().get(0).message()).contains("StackOverflowError", "please report it");
        assertThat(failed.diagnostics().get(0).message()).contains("IllegalStateException", "please report it");
    }

    @Test
    void anOutOfMemoryErrorIsNotSwallowedByTheBoundary() {
        OutOfMemoryError error = new OutOfMemoryError("test");

        assertThat(catchThrowable(() -> PostmortemReader.withinOneFile(
                Path.of("a.md"), new byte[0], (f, bytes) -> {
                    throw error;
                }))).isSameAs(error);
    }
}
