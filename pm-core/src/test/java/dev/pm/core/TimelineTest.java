package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void aBareTimeAfterMidnightMovesToTheNextDay() {
        ParsedFile parsed = parse("2026-03-12T23:40Z", """
                - 23:40 Disk fills.
                - 00:05 Pager fires.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-12T23:40Z"),
                OffsetDateTime.parse("2026-03-13T00:05Z"));
    }

    @Test
    void bareTimesThatOpenTheEveningBeforeTheStartGoOnTheDayBeforeWithATimelineDayWarning() {
        // The incident starts just after midnight; the timeline opens with the build-up the evening before.
        ParsedFile parsed = parse("2026-03-13T00:20Z", """
                Written by the on-call engineer.

                - **23:40**: Disk usage passes 90%.
                - 23:55 The nightly compaction starts.
                - 00:20 Writes fail.
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-12T23:40Z"),
                OffsetDateTime.parse("2026-03-12T23:55Z"), OffsetDateTime.parse("2026-03-13T00:20Z"));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("timeline-day");
            assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
            // The first time's own position: line 13 of the file, inside the bold run after "- **".
            assertThat(List.of(d.line(), d.column())).containsExactly(TIMELINE_LINE + 2, 5);
            assertThat(d.message()).contains("start day (2026-03-13)", "read on 2026-03-12",
                    "write the date, as a sub-heading '#### 2026-03-12' or on the first entry");
        });
    }

    @Test
    void bareTimesNearestTheStartOnItsOwnDayRaiseNoTimelineDayWarning() {
        ParsedFile parsed = parse("2026-03-13T09:14Z", """
                - 09:10 A deploy begins.
                - 09:14 Errors rise.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:10Z"),
                OffsetDateTime.parse("2026-03-13T09:14Z"));
    }

    /** The line of a file from {@link #parse} where the timeline's own text begins. */
    static final int TIMELINE_LINE = 11;

    /** A published postmortem whose Reason holds only {@code timeline}, starting at {@link #TIMELINE_LINE}. */
    static ParsedFile parse(String start, String timeline) {
        String text = """
                ---
                title: Night
                date: 2026-03-14
                incident: {start: %s, resolved: 2026-03-14T00:30Z}
                severity: SEV3
                ---
                ## Regret
                Sorry.
                ## Reason
                ### Timeline
                %s
                ## Remedy
                - [ ] Alert earlier {owner="SRE"}
                """.formatted(start, timeline);
        return new PostmortemReader(ReaderOptions.defaults())
                .parse(Path.of("night.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    static List<OffsetDateTime> instants(ParsedFile parsed) {
        return parsed.postmortem().orElseThrow().reason().orElseThrow().timeline().stream()
                .map(TimelineEntry::at).toList();
    }
}
