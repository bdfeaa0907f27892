package dev.pm.core.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.internal.Problems;
import dev.pm.core.read.internal.SourceSplitter.HeaderSyntax;
import dev.pm.core.read.internal.SourceSplitter.Split;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceSplitterTest {

    private final Problems problems = new Problems(Path.of("p.md"));

    private Split split(String text) {
        Optional<Split> split = SourceSplitter.split(text, problems);
        assertThat(problems.sorted()).isEmpty();
        return split.orElseThrow();
    }

    @Test
    void aYamlHeaderIsTheLinesBetweenItsMarkersAndTheBodyStartsOnTheLineAfterTheSecond() {
        assertThat(split("---\ntitle: A\ndate: 2024-01-02\n---\n## Regret\n\nSorry.\n"))
                .isEqualTo(new Split(HeaderSyntax.YAML, "title: A\ndate: 2024-01-02", 2, "## Regret\n\nSorry.\n", 5));
    }

    @Test
    void markersMayHaveWhiteSpaceAroundThemAndTheHeaderMayEndWithThreeDots() {
        assertThat(split(" --- \t\ntitle: A\n  ...\nbody")).isEqualTo(new Split(HeaderSyntax.YAML, "title: A", 2,
                "body", 4));
    }

    @Test
    void aHeaderWithoutLinesIsEmpty() {
        assertThat(split("---\n---\nbody")).isEqualTo(new Split(HeaderSyntax.YAML, "", 2, "body", 3));
    }

    @Test
    void aClosingMarkerOnTheLastLineLeavesAnEmptyBody() {
        assertThat(split("---\ntitle: A\n---")).isEqualTo(new Split(HeaderSyntax.YAML, "title: A", 2, "", 4));
        assertThat(split("---\ntitle: A\n---\n")).isEqualTo(new Split(HeaderSyntax.YAML, "title: A", 2, "", 4));
    }

    @Test
    void aLineThatOnlyStartsWithTheMarkerDoesNotCloseTheHeader() {
        assertThat(split("---\ntitle: A\n----\nb: c\n--- x\n---\nbody")).isEqualTo(new Split(HeaderSyntax.YAML,
                "title: A\n----\nb: c\n--- x", 2, "body", 7));
    }

    @Test
    void aJBakeHeaderEndsAtTheFirstLineOfTildes() {
        assertThat(split("title=A\nstatus=published\n~~~~~~\n\nbody\n")).isEqualTo(new Split(HeaderSyntax.JBAKE,
                "title=A\nstatus=published", 1, "\nbody\n", 4));
        assertThat(split("~~~~~~\nbody")).isEqualTo(new Split(HeaderSyntax.JBAKE, "", 1, "body", 2));
    }

    @Test
    void anUnclosedYamlHeaderIsReportedOnTheFirstLine() {
        assertThat(SourceSplitter.split("---\ntitle: A\n\nbody\n", problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("never closed");
        });
    }

    @Test
    void aFileWithoutAHeaderIsReported() {
        assertThat(SourceSplitter.split("", problems)).isEmpty();
        assertThat(SourceSplitter.split("# Title\n\ntext\n", problems)).isEmpty();
        assertThat(problems.sorted()).hasSize(2).allSatisfy(d -> assertThat(d.message()).contains("no front matter"));
    }
}
