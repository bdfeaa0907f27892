package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.nio.file.Path;

/**
 * Feeds arbitrary bytes to the parser: whatever the input, the result is a model or diagnostics, never an
 * exception. The normal test run replays the seed inputs in {@code ParserFuzzTestInputs}; set
 * {@code JAZZER_FUZZ=1} to fuzz for real.
 */
class ParserFuzzTest {

    private static final PostmortemReader READER = new PostmortemReader(ReaderOptions.defaults());

    @FuzzTest(maxDuration = "30s")
    void anyInputEndsInAModelOrDiagnostics(byte[] input) {
        ParsedFile parsed = READER.parse(Path.of("fuzz.md"), input);

        if (parsed.postmortem().isEmpty()) {
            assertThat(parsed.diagnostics()).anyMatch(Diagnostic::isError);
        }
        parsed.diagnostics().forEach(d -> assertThat(d.line()).isNotNegative());
        parsed.diagnostics().forEach(d -> assertThat(d.message()).isNotBlank());
    }
}
