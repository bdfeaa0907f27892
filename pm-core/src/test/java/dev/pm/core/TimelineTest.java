package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.SectionKind;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Arguments> timesAndRanges() {
        return Stream.of(
                Arguments.of("09:14-09:20 Deploy.", "2026-03-13T09:14Z",
                        time("09:14:00Z", "09:14") + "-" + time("09:20:00Z", "09:20") + " Deploy."),
                Arguments.of("09:14–09:20: Deploy.", "2026-03-13T09:14Z",
                        time("09:14:00Z", "09:14") + "–" + time("09:20:00Z", "09:20") + ": Deploy."),
                Arguments.of("9:14 AM - 9:20 AM Deploy.", "2026-03-13T09:14Z",
                        time("09:14:00Z", "9:14 AM") + " - " + time("09:20:00Z", "9:20 AM") + " Deploy."),
                // A zone written after the end is the start's too.
                Arguments.of("09:14 - 09:20 CET: Deploy.", "2026-03-13T09:14+01:00",
                        time("08:14:00Z", "09:14") + " - " + time("08:20:00Z", "09:20 CET") + ": Deploy."),
                Arguments.of("09:14 UTC – 11:20 CET Deploy.", "2026-03-13T09:14Z",
                        time("09:14:00Z", "09:14 UTC") + " – " + time("10:20:00Z", "11:20 CET") + " Deploy."),
                // An end earlier than its start is on the next day, as a bare time after midnight is.
                Arguments.of("2026-03-13 23:50-00:10 Deploy.", "2026-03-13T23:50Z",
                        time("23:50:00Z", "2026-03-13 23:50") + "-<time datetime=\"2026-03-14T00:10:00Z\">00:10</time>"
                                + " Deploy."),
                Arguments.of("12:32 UTC Deploy.", "2026-03-13T12:32Z", time("12:32:00Z", "12:32 UTC") + " Deploy."),
                Arguments.of("12:32+02:00 Deploy.", "2026-03-13T12:32+02:00",
                        time("10:32:00Z", "12:32+02:00") + " Deploy."),
                Arguments.of("09:14 UTC-7 Deploy.", "2026-03-13T09:14-07:00",
                        time("16:14:00Z", "09:14 UTC-7") + " Deploy."),
                // ISO 8601 date-times keep their negative offsets.
                Arguments.of("2026-03-13T09:14-07:00 Deploy.", "2026-03-13T09:14-07:00",
                        time("16:14:00Z", "2026-03-13T09:14-07:00") + " Deploy."),
                Arguments.of("2026-03-13 09:14:30-07:00 Deploy.", "2026-03-13T09:14:30-07:00",
                        time("16:14:30Z", "2026-03-13 09:14:30-07:00") + " Deploy."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timesAndRanges")
    void aRangeStartsTheEntryAndItsEndIsNeverReadAsAnOffset(String written, String instant, String marked) {
        ParsedFile parsed = parse("2026-03-13T09:00Z", "- " + written + "\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse(instant));
        assertThat(timelineHtml(parsed)).contains("<li>" + marked + "</li>");
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline())
                .extracting(TimelineEntry::html).containsExactly("Deploy.");
    }

    @Test
    void aTimeFollowedByAWordStartingWithAmOrPmIsNotTwelveHourTime() {
        ParsedFile parsed = parse("2026-03-13T09:00Z", """
                - 09:14 Amazon S3 returns errors.
                - 21:30 Pmproxy restarts.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"),
                OffsetDateTime.parse("2026-03-13T21:30Z"));
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

    /** A {@code <time>} element of 13 March 2026 at {@code clock} UTC, showing {@code written}. */
    private static String time(String clock, String written) {
        return "<time datetime=\"2026-03-13T" + clock + "\">" + written + "</time>";
    }

    static String timelineHtml(ParsedFile parsed) {
        return parsed.postmortem().orElseThrow().reason().orElseThrow().subsections().stream()
                .filter(s -> s.kind() == SectionKind.TIMELINE).findFirst().orElseThrow().html();
    }

    static List<OffsetDateTime> instants(ParsedFile parsed) {
        return parsed.postmortem().orElseThrow().reason().orElseThrow().timeline().stream()
                .map(TimelineEntry::at).toList();
    }
}
