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

        WholeFile.replace(whole, "x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(whole)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFolderWhereTheFileShouldBeIsRefusedNotReplaced() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pm-check.sarif"));

        assertThatThrownBy(() -> WholeFile.write(folder, out -> out.write("{ }\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
        assertThat(folder).isDirectory();
    }

    @Test
    void aFileKeptAsASymbolicLinkIsWrittenThroughTheLinkWhichStays() throws IOException {
        // A committed baseline kept as a link to a shared file: before WholeFile, a plain write went through it.
        Path shared = Files.writeString(Files.createDirectories(dir.resolve("shared")).resolve("baseline.json"),
                "old\n");
        Path link = Files.createSymbolicLink(dir.resolve(".pm-baseline.json"), Path.of("shared/baseline.json"));

        WholeFile.write(link, out -> out.write("new\n"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(shared).hasContent("new");
        assertThat(entries(dir.resolve("shared"))).containsExactly("baseline.json");
    }

    @Test
    void aPageWhereALinkStandsReplacesTheLinkAndLeavesWhatItLeadsToAlone() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.html"), "not pm's\n");
        Path site = Files.createDirectories(dir.resolve("site"));
        Path link = Files.createSymbolicLink(site.resolve("index.html"), outside);

        WholeFile.replace(link, "<p>page</p>\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(link).hasContent("<p>page</p>");
        assertThat(outside).hasContent("not pm's");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
