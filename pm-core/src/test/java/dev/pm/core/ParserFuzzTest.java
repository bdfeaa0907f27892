package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds arbitrary bytes to the parser: whatever the input, the result is a model or diagnostics, never an
 * exception. The normal test run replays the seed inputs in {@code ParserFuzzTestInputs} as a plain parameterized
 * test, because starting Jazzer to replay them takes 25 s for 0.6 s of work; {@code mvn -Pfuzz} fuzzes for real.
 */
class ParserFuzzTest {

    /** Jazzer's own seed folder for {@link #anyInputEndsInAModelOrDiagnostics}, so both paths replay the same files. */
    private static final String SEEDS = "ParserFuzzTestInputs/anyInputEndsInAModelOrDiagnostics";

    private static final PostmortemReader READER = new PostmortemReader(ReaderOptions.defaults());

    @Tag("fuzz")
    @FuzzTest(maxDuration = "30s")
    void anyInputEndsInAModelOrDiagnostics(byte[] input) {
        assertEndsInAModelOrDiagnostics(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedInputEndsInAModelOrDiagnostics(Path seed) throws IOException {
        assertEndsInAModelOrDiagnostics(Files.readAllBytes(seed));
    }

    static Stream<Path> seeds() throws IOException {
        Path folder = Fixtures.folder(SEEDS);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> seeds = files.filter(Files::isRegularFile).sorted().toList();
            assertThat(seeds).as("seed inputs in " + folder).isNotEmpty();
            return seeds.stream();
        }
    }

    private static void assertEndsInAModelOrDiagnostics(byte[] input) {
        ParsedFile parsed = READER.parse(Path.of("fuzz.md"), input);

        if (parsed.postmortem().isEmpty()) {
            assertThat(parsed.diagnostics()).anyMatch(Diagnostic::isError);
        }
        parsed.diagnostics().forEach(d -> assertThat(d.line()).isNotNegative());
        parsed.diagnostics().forEach(d -> assertThat(d.message()).isNotBlank());
    }
}
