package dev.pm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void aReportIsWrittenIntoAFolderItCreates() throws IOException {
        Path report = dir.resolve("target/reports/pm-check.sarif");

        WholeFile.write(report, out -> out.write("{ }\n"));

        assertThat(report).hasContent("{ }");
        assertThat(entries(report.getParent())).containsExactly("pm-check.sarif");
    }

    @Test
    void aReportThatFailsHalfWayLeavesThePreviousOneAndNoTemporaryFile() throws IOException {
        Path report = dir.resolve("pm-check.sarif");
        Files.writeString(report, "previous run\n");

        assertThatThrownBy(() -> WholeFile.write(report, out -> {
            out.write("[ {\"half\" : ");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(report).hasContent("previous run");
        assertThat(entries(dir)).containsExactly("pm-check.sarif");
    }

    @Test
    void aFileIsReadableAsAnyNewFileIsNotOnlyByItsOwner() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.json"), "x\n");
        Path whole = dir.resolve("pm-codequality.json");

        WholeFile.write(whole, "x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(whole)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsRefusedNotReplaced() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pm-check.sarif"));

        assertThatThrownBy(() -> WholeFile.write(folder, out -> out.write("{ }\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
        assertThat(folder).isDirectory();
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
