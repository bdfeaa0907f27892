package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures of real-world writing (two-day timelines, 12-hour times with zones, a timeline written as tables,
 * nested action items, page bundles, footnotes and raw HTML, a template's headings): each page's {@code <main>}
 * matches its golden file under {@code golden-faithful} (regenerate with {@code -Dpm.golden.update=true} and
 * review).
 */
class FaithfulPagesTest {

    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("pm.golden.update");

    @TempDir
    Path dir;

    static ReadResult read() throws IOException {
        return new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("faithful"));
    }

    @Test
    void everyPostmortemPageMatchesItsGoldenFile() throws IOException {
        Path out = dir.resolve("site");
        assertThat(new SiteGenerator(SiteGeneratorTest.settings().baseUrl("https://status.example.com").build())
                .generate(read().archive(), out).problems()).isEmpty();

        Path golden = Path.of("src/test/resources/dev/pm/core/golden-faithful");
        Map<String, String> actual = new TreeMap<>();
        for (Map.Entry<String, String> e : SiteGeneratorTest.files(out).entrySet()) {
            String file = e.getKey();
            String text = e.getValue();
            if (file.startsWith("postmortems/") && file.endsWith(".html")) {
                actual.put(file.substring("postmortems/".length()),
                        text.substring(text.indexOf("<main"), text.indexOf("</main>") + "</main>".length()) + "\n");
            }
        }
        if (UPDATE_GOLDEN) {
            Files.createDirectories(golden);
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Files.writeString(golden.resolve(e.getKey()), e.getValue());
            }
        }
        Map<String, String> expected = SiteGeneratorTest.files(golden);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        actual.forEach((file, text) -> softly.assertThat(text).as(file).isEqualTo(expected.get(file)));
        softly.assertAll();
    }

    @Test
    void timelinesAreDatedAsWritten() throws IOException {
        ReadResult read = read();
        Map<String, java.util.List<OffsetDateTime>> bySlug = new TreeMap<>();
        read.archive().postmortems().forEach(p -> bySlug.put(p.slug(), p.reason().orElseThrow().timeline().stream()
                .map(TimelineEntry::at).toList()));

        assertThat(bySlug.get("2023-07-20-two-day-timeline")).containsExactly(
                OffsetDateTime.parse("2023-07-19T21:10Z"), OffsetDateTime.parse("2023-07-19T23:45Z"),
                OffsetDateTime.parse("2023-07-20T12:17Z"), OffsetDateTime.parse("2023-07-20T12:25Z"),
                OffsetDateTime.parse("2023-07-20T12:30Z"));
        assertThat(bySlug.get("2024-06-28-twelve-hour-zones")).containsExactly(
                OffsetDateTime.parse("2024-06-28T07:09-04:00"), OffsetDateTime.parse("2024-06-28T13:30+01:00"),
                OffsetDateTime.parse("2024-06-28T06:02-07:00"), OffsetDateTime.parse("2024-06-28T13:50Z"),
                OffsetDateTime.parse("2024-06-28T14:30Z"));
        assertThat(bySlug.get("2025-04-15-google-sre-template")).containsExactly(
                OffsetDateTime.parse("2025-04-14T14:54-08:00"), OffsetDateTime.parse("2025-04-15T04:49-08:00"));
        // A table: the heading's zone, a bold time, a 12-hour time, a range, a row in CEST, then date and time
        // columns; the undated rows are on the incident's start day and roll over at midnight.
        assertThat(bySlug.get("2025-06-02-table-timeline")).containsExactly(
                OffsetDateTime.parse("2025-06-01T23:40Z"), OffsetDateTime.parse("2025-06-01T23:52Z"),
                OffsetDateTime.parse("2025-06-01T23:58Z"), OffsetDateTime.parse("2025-06-02T00:20Z"),
                OffsetDateTime.parse("2025-06-02T01:15Z"), OffsetDateTime.parse("2025-06-02T03:25+02:00"),
                OffsetDateTime.parse("2025-06-02T09:30Z"), OffsetDateTime.parse("2025-06-02T14:10Z"),
                OffsetDateTime.parse("2025-06-03T10:00-07:00"));
    }

    @Test
    void aTableTimelinesRowsAreEntriesWithTheirOtherCellsAsWords() throws IOException {
        ReadResult read = read();
        Postmortem table = read.archive().postmortems().stream()
                .filter(p -> p.slug().equals("2025-06-02-table-timeline")).findFirst().orElseThrow();

        assertThat(table.reason().orElseThrow().timeline()).extracting(TimelineEntry::html).startsWith(
                "The nightly rebuild starts from a snapshot that was never refreshed. | scheduler",
                "The stale-results alert fires. | on-call");
        assertThat(table.reason().orElseThrow().timeline()).extracting(TimelineEntry::html).endsWith(
                "Review meeting.", "Freshness check deployed.", "Postmortem published.");
        // The one row that starts with words, not a time, is kept and reported as a list item would be.
        assertThat(read.diagnostics()).filteredOn(d -> d.file().endsWith(table.source().getFileName()))
                .extracting(d -> d.rule() + "@" + d.line() + ":" + d.column())
                .containsExactly("timeline-entry@34:3");
    }
}
