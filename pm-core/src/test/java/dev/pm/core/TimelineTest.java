package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import dev.pm.core.model.SectionKind;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aSentenceThatOpensWithAMonthAndANumberDoesNotSetTheDayOfTheEntriesAfterIt() {
        ParsedFile parsed = parse("2026-03-13T09:00Z", """
                - 09:00 The deploy starts.
                - May 5 engineers were paged at 09:10.
                - 09:20 The deploy is rolled back.
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:00Z"),
                OffsetDateTime.parse("2026-03-13T09:20Z"));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("timeline-entry");
            assertThat(d.line()).isEqualTo(TIMELINE_LINE + 1);
        });
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

    @Test
    void aTimeWrittenWithoutItsColonAfterADayIsRead() {
        // Optimism's timelines: "- 2022-02-02 1625: smartcontracts receives an e-mail ...".
        ParsedFile parsed = parse("2026-03-13T16:25Z", """
                - 2026-03-13 1625: An e-mail reports the flaw.
                - 2026-03-13 1650 UTC A huddle begins.
                - 2026-03-14 0457 - The last provider upgrades.
                - Mar 14 0630: A month and a day, then the time.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T16:25Z"),
                OffsetDateTime.parse("2026-03-13T16:50Z"), OffsetDateTime.parse("2026-03-14T04:57Z"),
                OffsetDateTime.parse("2026-03-14T06:30Z"));
        assertThat(timelineHtml(parsed)).contains(time("16:25:00Z", "2026-03-13 1625") + ": An e-mail",
                time("16:50:00Z", "2026-03-13 1650 UTC") + " A huddle");
    }

    @Test
    void aTimeInACodeSpanIsReadAndMarkedUpInsideIt() {
        // Optimism's 2022-05-31 postmortem writes every time of its timeline as code.
        ParsedFile parsed = parse("2026-03-13T07:30-08:00", """
                All times listed in PST.

                - `Mar 13` The contract is deployed.
                - `07:35` The team funds the contract.
                - `15:40 UTC` The backend stops responding.
                - `15:50 rollback` begins.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T07:35-08:00"),
                OffsetDateTime.parse("2026-03-13T15:40Z"), OffsetDateTime.parse("2026-03-13T15:50Z"));
        assertThat(timelineHtml(parsed)).contains(
                "<li><code><time datetime=\"2026-03-13\">Mar 13</time></code> The contract is deployed.</li>",
                "<li><code>" + time("15:35:00Z", "07:35") + "</code> The team funds the contract.</li>",
                "<li><code>" + time("15:40:00Z", "15:40 UTC") + "</code> The backend stops responding.</li>",
                "<li><code>" + time("15:50:00Z", "15:50") + " rollback</code> begins.</li>");
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline()).extracting(TimelineEntry::html)
                .containsExactly("The team funds the contract.", "The backend stops responding.",
                        "<code>rollback</code> begins.");
    }

    @Test
    void aCodeSpanWithoutATimeIsCodeAndItsEntryHasNoTime() {
        ParsedFile parsed = parse("2026-03-13T09:00Z", """
                - 09:00 The deploy starts.
                - `kubectl apply` fails at 09:20.
                """);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("timeline-entry", TIMELINE_LINE + 1));
        assertThat(timelineHtml(parsed)).contains("<li><code>kubectl apply</code> fails at 09:20.</li>");
    }

    @Test
    void aNumberAfterADayIsATimeOnlyBeforeASeparatorOrAZone() {
        ParsedFile parsed = parse("2026-03-13T09:00Z", """
                - 2026-03-13 09:00 The deploy starts.
                - 2026-03-13 1500 users could not log in.
                - 2026-03-13 1200 central DB failover starts.
                - 2026-03-13 2460: Not a time of day.
                - 09:20 The deploy is rolled back.
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:00Z"),
                OffsetDateTime.parse("2026-03-13T09:20Z"));
        assertThat(timelineHtml(parsed)).contains("1500 users could not log in.", "1200 central DB failover starts.",
                "2460: Not a time of day.").doesNotContain("T15:00", "T12:00", "T11:00", "T18:00");
    }

    @Test
    void aDayWrittenWithoutATimeThatGoesBackIsReportedAsOutOfOrder() {
        // etcd's v3.5 postmortem dates its timeline by the day, one row mistyped a year back.
        ParsedFile parsed = parse("2026-03-12T09:00Z", """
                | Date       | Event                      |
                |------------|----------------------------|
                | 2026-03-12 | A user reports corruption. |
                | 2025-03-13 | The fix is merged.         |
                | 2026-03-20 | The release ships.         |

                - 2026-03-21: The advisory is out.
                - 2026-03-19: A mistyped day.
                """);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::message)
                .containsExactly(
                        tuple("timeline-order", TIMELINE_LINE + 3, "this day (2025-03-13) is earlier than the one"
                                + " before it (2026-03-12): keep the timeline in order"),
                        tuple("timeline-order", TIMELINE_LINE + 7, "this day (2026-03-19) is earlier than the one"
                                + " before it (2026-03-21): keep the timeline in order"));
    }

    @Test
    void aDayWithoutItsYearAfterNewYearIsInTheNextYearAndOneAFewDaysBackIsOutOfOrder() {
        ParsedFile parsed = parse("2021-12-30T09:00Z", """
                - Dec 30: A configuration change is merged.
                - Dec 31: Errors start.
                - Jan 2: The change is reverted.
                - 10:00 Errors stop.
                - Dec 29: A day mistyped.
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2022-01-02T10:00Z"));
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple("timeline-order", TIMELINE_LINE + 4, "this day (2021-12-29) is earlier than"
                        + " the one before it (2022-01-02): keep the timeline in order"));
    }

    @Test
    void aDayHeadingThatGoesBackIsReportedAsOutOfOrder() {
        ParsedFile parsed = parse("2026-03-13T09:00Z", """
                #### 2026-03-13

                - 09:00 The deploy starts.

                #### 2026-03-12

                - 09:20 The deploy is rolled back.
                """);

        // Once, at the heading: the entry under it is earlier than the one before for the same reason.
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("timeline-order", TIMELINE_LINE + 4));
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

    @Test
    void aTableOfTimesIsReadRowByRowAndKeptAsWritten() {
        ParsedFile parsed = parse("2026-03-13T09:14Z", """
                | Time | Event |
                | --- | --- |
                | 09:14 UTC | Deploy **started** |
                | 9:20 AM | Errors rise |
                | 23:55 | Rollback begins |
                | 00:10 | Rollback done |
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"),
                OffsetDateTime.parse("2026-03-13T09:20Z"), OffsetDateTime.parse("2026-03-13T23:55Z"),
                OffsetDateTime.parse("2026-03-14T00:10Z"));
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline()).extracting(TimelineEntry::html)
                .containsExactly("Deploy <strong>started</strong>", "Errors rise", "Rollback begins", "Rollback done");
        assertThat(entryLines(parsed)).containsExactly(TIMELINE_LINE + 2, TIMELINE_LINE + 3, TIMELINE_LINE + 4,
                TIMELINE_LINE + 5);
        assertThat(timelineHtml(parsed)).contains("<th>Time</th>", "<th>Event</th>",
                "<td>" + time("09:14:00Z", "09:14 UTC") + "</td>", "<td>Deploy <strong>started</strong></td>",
                "<td>" + time("09:20:00Z", "9:20 AM") + "</td>",
                "<td><time datetime=\"2026-03-14T00:10:00Z\">00:10</time></td>");
    }

    @Test
    void aZoneNamedInTheTimeColumnsHeadingIsTheZoneOfRowsThatWriteNone() {
        ParsedFile parsed = parse("2026-03-13T09:00Z", """
                | Time (CET) | Event |
                | --- | --- |
                | 10:00 | Deploy |
                | 10:30 UTC | Errors rise |
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T10:00+01:00"),
                OffsetDateTime.parse("2026-03-13T10:30Z"));
    }

    @Test
    void aDateColumnAndATimeColumnAreReadTogether() {
        ParsedFile parsed = parse("2026-03-12T23:30Z", """
                | Date | Time (UTC) | Event | Who |
                |------|------|-------|-----|
                | 2026-03-12 | 23:30 | Disk fills | storage |
                |  | 00:05 | Pager fires | on-call |
                | March 14 | 09:00 | Review | all |
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-12T23:30Z"),
                OffsetDateTime.parse("2026-03-13T00:05Z"), OffsetDateTime.parse("2026-03-14T09:00Z"));
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline()).extracting(TimelineEntry::html)
                .containsExactly("Disk fills | storage", "Pager fires | on-call", "Review | all");
        assertThat(timelineHtml(parsed)).contains(
                "<td><time datetime=\"2026-03-12\">2026-03-12</time></td>",
                "<td><time datetime=\"2026-03-12T23:30:00Z\">23:30</time></td>",
                "<td><time datetime=\"2026-03-14\">March 14</time></td>");
    }

    @Test
    void aRowOfATimedTableWithoutATimeIsReportedAtItsFirstCellAndAnEmptyFirstCellIsNot() {
        ParsedFile parsed = parse("2026-03-13T09:14Z", """
                | Time | Event |
                | --- | --- |
                | 09:14 | Deploy |
                |  | (it was the second attempt) |
                | Later | Review |
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("timeline-entry");
            assertThat(List.of(d.line(), d.column())).containsExactly(TIMELINE_LINE + 4, 3);
            assertThat(d.message()).contains("begin its first cell with a date and time");
        });
        assertThat(timelineHtml(parsed)).contains("<td>(it was the second attempt)</td>", "<td>Later</td>");
    }

    @Test
    void aTableWithoutTimesIsLeftAsItIsWithoutWarnings() {
        ParsedFile parsed = parse("2026-03-13T09:14Z", """
                - 09:14 Deploy.

                | Metric | Value |
                | --- | --- |
                | Failed checkouts | 38% |
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"));
        assertThat(timelineHtml(parsed)).contains("<td>Failed checkouts</td>", "<td>38%</td>");
    }

    @Test
    void aTableThatOpensTheEveningBeforeTheStartGoesOnTheDayBeforeWithATimelineDayWarning() {
        ParsedFile parsed = parse("2026-03-13T00:20Z", """
                | Time | Event |
                | --- | --- |
                |   **23:40** | Disk usage passes 90% |
                | 00:20 | Writes fail |
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-12T23:40Z"),
                OffsetDateTime.parse("2026-03-13T00:20Z"));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("timeline-day");
            assertThat(List.of(d.line(), d.column())).containsExactly(TIMELINE_LINE + 2, 7);
            assertThat(d.message()).contains("read on 2026-03-12");
        });
    }

    @Test
    void aTimelineHeadingWithWordsInBracketsIsTheTimelineAndTheZoneItNamesIsThatOfItsTimes() {
        // 2i2c's reports head their timelines "Timeline (times in BST)"; Chia's "Timeline (all times PST ) ...".
        ParsedFile parsed = parse("### Timeline (times in BST). Approximate", "2026-03-13T09:14+01:00",
                "- 09:14 Deploy.\n- 10:01 Rolled back.\n- 10:05 UTC Done.");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14+01:00"),
                OffsetDateTime.parse("2026-03-13T10:01+01:00"), OffsetDateTime.parse("2026-03-13T10:05Z"));
    }

    @Test
    void aLineBeforeTheFirstEntryThatNamesTheZoneOfTheTimesAppliesToThemAndALaterOneDoesNot() {
        // Envoy's CVE-2019-15225 postmortem: "All times US/Pacific", then entries with bare times.
        ParsedFile parsed = parse("2026-03-13T09:14-07:00", """
                All times US/Pacific

                - 09:14 Deploy.
                - 10:01 Rolled back.

                The times below this line are CET, as the review was in Berlin.

                - 11:00 Review.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14-07:00"),
                OffsetDateTime.parse("2026-03-13T10:01-07:00"), OffsetDateTime.parse("2026-03-13T11:00-07:00"));
    }

    @ParameterizedTest
    @MethodSource("linesBeforeTheFirstEntry")
    void aLineBeforeTheFirstEntryGivesTheZoneItStatesForTheTimesOrNoneWhenItStatesNone(String line, String at) {
        ParsedFile parsed = parse("2026-03-13T09:14Z", line + "\n\n- 09:14 Deploy.\n");

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse(at));
    }

    static Stream<Arguments> linesBeforeTheFirstEntry() {
        return Stream.of(
                Arguments.of("All times are UTC; the on-call engineer was in PDT.", "2026-03-13T09:14Z"),
                Arguments.of("Timestamps are in PDT.", "2026-03-13T09:14-07:00"),
                Arguments.of("All times in Europe/Berlin.", "2026-03-13T09:14+01:00"),
                // The zone database's Etc/GMT+7 is seven hours behind UTC, not ahead.
                Arguments.of("All times in Etc/GMT+7.", "2026-03-13T09:14-07:00"),
                Arguments.of("_All times in Pacific time._", "2026-03-13T09:14-07:00"),
                Arguments.of("All dates and times are in PDT.", "2026-03-13T09:14-07:00"),
                Arguments.of("Time zone: PDT", "2026-03-13T09:14-07:00"),
                Arguments.of("Note: all times are PDT.", "2026-03-13T09:14-07:00"),
                Arguments.of("The times below are PDT.", "2026-03-13T09:14-07:00"),
                // A standard and daylight pair is the region's zone: 13 March 2026 is on daylight time.
                Arguments.of("All times are in PST/PDT.", "2026-03-13T09:14-07:00"),
                Arguments.of("All times in Pacific Daylight Time.", "2026-03-13T09:14-07:00"),
                Arguments.of("All times US Eastern.", "2026-03-13T09:14-04:00"),
                // Words that look like zones in a line that states none: the configured zone (UTC) stays.
                Arguments.of("Written by the CET on-call team.", "2026-03-13T09:14Z"),
                Arguments.of("At the time, most traffic went to the West region.", "2026-03-13T09:14Z"),
                Arguments.of("Times are approximate (est.).", "2026-03-13T09:14Z"),
                Arguments.of("It took some time for the Central team to respond.", "2026-03-13T09:14Z"),
                Arguments.of("The first time we saw it, it was mt-1 failing.", "2026-03-13T09:14Z"),
                Arguments.of("All times in UC/Pacific", "2026-03-13T09:14Z"));
    }

    @ParameterizedTest
    @MethodSource("zoneLinesThatMiswriteTheirZone")
    void aZoneLineThatWritesAZonePmDoesNotKnowIsReportedAtThatWordAndTheTimesAreReadInTheConfiguredZone(
            String line, String written, int column, String meant) {
        // mybinder.org's SciPy report: "All times in UC/Pacific", read in UTC, seven hours off, without a word.
        ParsedFile parsed = parse("2026-03-13T09:14Z", line + "\n\n- 09:14 Deploy.\n");

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("timeline-zone");
            assertThat(List.of(d.line(), d.column())).containsExactly(TIMELINE_LINE, column);
            assertThat(d.message()).contains("'" + written + "' is not a time zone", "read in UTC",
                    "did you mean '" + meant + "'?");
        });
    }

    static Stream<Arguments> zoneLinesThatMiswriteTheirZone() {
        return Stream.of(
                Arguments.of("All times in UC/Pacific", "UC/Pacific", 14, "US/Pacific"),
                Arguments.of("All times are US/Pacfic.", "US/Pacfic", 15, "US/Pacific"),
                Arguments.of("Timestamps: Amerika/Los_Angeles", "Amerika/Los_Angeles", 13, "America/Los_Angeles"),
                Arguments.of("_All times in Europe/Berln._", "Europe/Berln", 15, "Europe/Berlin"),
                // At the word in the text, not in a link's address before it.
                Arguments.of("All times per [the wiki](https://wiki.example.com/UC/Pacific) in UC/Pacific",
                        "UC/Pacific", 66, "US/Pacific"),
                // A space for the underscore.
                Arguments.of("All times in America/Los Angeles.", "America/Los Angeles", 14, "America/Los_Angeles"),
                // Written with an escape: at the part before the slash.
                Arguments.of("All times in America/Los\\_Angelos", "America/Los_Angelos", 14,
                        "America/Los_Angeles"));
    }

    @Test
    void aTimelineHeadingThatWritesAZonePmDoesNotKnowIsReportedAtThatWord() {
        ParsedFile parsed = parse("### Timeline (times in UC/Pacific)", "2026-03-13T09:14Z", "- 09:14 Deploy.");

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"));
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("timeline-zone");
            assertThat(List.of(d.line(), d.column())).containsExactly(TIMELINE_LINE - 1, 24);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Times are approximate (est.).", "Times are from Grafana/Prometheus and PagerDuty.",
        "All times are UTC; the on-call engineer was in PDT.", "The times below come from the NOC's log.",
        "Times/dates as the chat logged them.", "Timestamps from the Asia/Pacific region's dashboards.",
        "Times are from the US/EU status pages.", "Times are for the North/South clusters.",
        "Times are those of the Europe/Asia on-call rotation.", "All times are East/West coast mixed.",
        "Times (UTC/GMT).", "All times are Pacific/Time.", "Times are Australia/NZ."})
    void aLineAboutTheTimesThatWritesNoZoneIsNotReported(String line) {
        ParsedFile parsed = parse("2026-03-13T09:14Z", line + "\n\n- 09:14 Deploy.\n");

        assertThat(parsed.diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("timelineHeadings")
    void aTimelineHeadingGivesTheFirstZoneItsBracketsState(String heading, String at) {
        ParsedFile parsed = parse(heading, "2026-03-13T09:14Z", "- 09:14 Deploy.");

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse(at));
    }

    static Stream<Arguments> timelineHeadings() {
        return Stream.of(
                Arguments.of("### Timeline (all times UTC; responders were in PDT)", "2026-03-13T09:14Z"),
                Arguments.of("### Timeline (PST/PDT)", "2026-03-13T09:14-07:00"),
                Arguments.of("### Timeline (UTC+2)", "2026-03-13T09:14+02:00"),
                Arguments.of("### Timeline (all times are in US Eastern Time)", "2026-03-13T09:14-04:00"),
                Arguments.of("### Timeline (see below)", "2026-03-13T09:14Z"));
    }

    @Test
    void aHeadingThatStartsWithATimeIsAnEntryMarkedUpWithItsIdAsItsWordsMakeIt() {
        // mybinder.org's and 2i2c's reports: a sub-heading per event, what happened in the paragraphs under it.
        ParsedFile parsed = parse("2026-03-13T07:30Z", """
                #### 07:30am - First report

                Users report slow launches.

                1. Check the pending pods.
                2. Check the node pool.

                #### 2026-03-13 09:05

                Launches are back to normal.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T07:30Z"),
                OffsetDateTime.parse("2026-03-13T09:05Z"));
        // The heading's words after its time, or the paragraph under a heading that holds only a time.
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline()).extracting(TimelineEntry::html)
                .containsExactly("First report", "Launches are back to normal.");
        assertThat(entryLines(parsed)).containsExactly(TIMELINE_LINE, TIMELINE_LINE + 7);
        // The id stays the one links written for the file use: made from all the heading's words.
        assertThat(timelineHtml(parsed)).contains("<h4 id=\"0730am---first-report\">"
                + "<time datetime=\"2026-03-13T07:30:00Z\">07:30am</time> - First report</h4>",
                "<h4 id=\"2026-03-13-0905\"><time datetime=\"2026-03-13T09:05:00Z\">2026-03-13 09:05</time></h4>");
    }

    @Test
    void aHeadingThatHoldsOnlyATimeAndAnIdTakesTheParagraphUnderItAsItsWords() {
        ParsedFile parsed = parse("2026-03-13T12:00Z", "#### 12:00 {#noon}\n\nLunch.");

        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline()).extracting(TimelineEntry::html)
                .containsExactly("Lunch.");
        assertThat(timelineHtml(parsed)).contains("<h4 id=\"noon\">");
    }

    @Test
    void underAHeadingThatIsAnEntryOnlyListItemsWithATimeAreEntriesAndTheOthersAreNotReported() {
        ParsedFile parsed = parse("2026-03-13T08:00Z", """
                #### 08:00 - Push begins

                - 08:05 First error.
                - Looked at the logs.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T08:00Z"),
                OffsetDateTime.parse("2026-03-13T08:05Z"));
    }

    @Test
    void itemsWithoutATimeUnderALineThatGivesTheirDayAreOnThatDayWithoutAWarning() {
        // Envoy's CVE-2019-15225 postmortem: "2019-08-09:", then what happened that day, mostly without times.
        ParsedFile parsed = parse("2026-03-12T09:00Z", """
                2026-03-12:
                * The report arrives.

                2026-03-13:
                * The fix is reviewed.
                * 11:20 The release is pushed.
                * The advisory goes out.
                """);

        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T11:20Z"));
        // After a time on the same day, an item without one is reported again.
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("timeline-entry", TIMELINE_LINE + 6));
    }

    @Test
    void aTimelineKeptByTheDayWithNoTimeAtAllReportsItsItems() {
        ParsedFile parsed = parse("2026-03-12T09:00Z", """
                2026-03-12:
                - Configuration push begins.
                - Error-rate alert fires.
                """);

        assertThat(instants(parsed)).isEmpty();
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line).containsExactly(
                tuple("timeline-entry", TIMELINE_LINE + 1), tuple("timeline-entry", TIMELINE_LINE + 2));
    }

    @Test
    void aListWithoutATimeBeforeTheFirstEntryIntroducesTheTimelineWithoutAWarning() {
        ParsedFile parsed = parse("2026-03-13T07:30Z", """
                Links to the dashboards during the incident:

                - [overview](https://grafana.example.org/d/1)
                - [node status](https://grafana.example.org/d/2)

                #### 07:30 Users report slow launches.
                """);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T07:30Z"));
    }

    @Test
    void aTimelineWhoseListsHoldNoTimeAtAllStillReportsEveryItem() {
        ParsedFile parsed = parse("2026-03-13T07:30Z", """
                Written from memory:

                - Users report slow launches.
                - Launches are back to normal.
                """);

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line).containsExactly(
                tuple("timeline-entry", TIMELINE_LINE + 2),
                tuple("timeline-entry", TIMELINE_LINE + 3));
    }

    @Test
    void theTimelineOf2i2csLeapOutageReportIsReadFromItsTimeHeadingsInTheZoneItsHeadingNames() throws IOException {
        // A real report: "### Timeline (times in BST)", then "#### 5:00 PM" and what happened, twelve times.
        ParsedFile parsed = parseReal("2i2c-2025-08-12-leap-outage");

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule).doesNotContain(TIMELINE_RULES);
        List<OffsetDateTime> instants = instants(parsed);
        assertThat(instants).hasSize(12);
        assertThat(instants.get(0)).isEqualTo(OffsetDateTime.parse("2025-08-12T17:00+01:00"));
        assertThat(instants.get(11)).isEqualTo(OffsetDateTime.parse("2025-08-12T18:11+01:00"));
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline().get(0).html())
                .isEqualTo("Incident declared");
    }

    @Test
    void theListsUnderTheTimeHeadingsOfMybindersHub403ReportAreNoEntriesAndRaiseNoWarning() throws IOException {
        // A real report: "#### 13:35" and what happened, with numbered lists of findings under some of them.
        ParsedFile parsed = parseReal("mybinder-2017-09-27-hub-403");

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule).doesNotContain(TIMELINE_RULES);
        // "All times in PST", the line under its Timeline heading, gives the zone.
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2017-09-27T13:06-08:00"),
                OffsetDateTime.parse("2017-09-27T13:35-08:00"), OffsetDateTime.parse("2017-09-27T13:44-08:00"),
                OffsetDateTime.parse("2017-09-27T14:08-08:00"), OffsetDateTime.parse("2017-09-27T15:11-08:00"),
                OffsetDateTime.parse("2017-09-27T15:25-08:00"));
    }

    private static final String[] TIMELINE_RULES = {"timeline-entry", "timeline-order", "timeline-day"};

    @Test
    void theTimelineOfOptimismsAirdropRetrospectiveIsReadFromTimesWrittenAsCodeInPacificStandardTime()
            throws IOException {
        // A real report: "All times listed in PST.", then "- `07:35` Team partially funds airdrop contract".
        ParsedFile parsed = parseReal("optimism-2022-05-31-drop-1");

        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule).doesNotContain(TIMELINE_RULES);
        List<OffsetDateTime> instants = instants(parsed);
        assertThat(instants).hasSize(47);
        assertThat(instants.get(0)).isEqualTo(OffsetDateTime.parse("2022-05-31T07:35-08:00"));
        assertThat(instants.get(46)).isEqualTo(OffsetDateTime.parse("2022-05-31T17:57-08:00"));
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline().get(0).html())
                .isEqualTo("Team partially funds airdrop contract");
    }

    @Test
    void theTimesOfOptimismsInflationPostmortemWrittenWithoutColonsAreReadAndItsTwoSlipsReported()
            throws IOException {
        // "- 2022-02-02 1625: ...", one day mistyped ("2022-02-20 1930") and two entries of the 3rd swapped.
        ParsedFile parsed = parseReal("optimism-2022-02-02-inflation-vuln");

        assertThat(instants(parsed)).hasSize(16).first().isEqualTo(OffsetDateTime.parse("2022-02-02T16:25Z"));
        assertThat(parsed.diagnostics()).filteredOn(d -> List.of(TIMELINE_RULES).contains(d.rule()))
                .extracting(Diagnostic::rule, Diagnostic::line)
                .containsExactly(tuple("timeline-order", 89), tuple("timeline-order", 93));
    }

    @Test
    void theMistypedYearInEtcdsTimelineKeptByTheDayIsReported() throws IOException {
        ParsedFile parsed = parseReal("etcd-2022-04-v35-data-inconsistency");

        assertThat(parsed.diagnostics()).filteredOn(d -> List.of(TIMELINE_RULES).contains(d.rule()))
                .extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple("timeline-order", 126, "this day (2021-01-28) is earlier than the one before"
                        + " it (2021-12-01): keep the timeline in order"));
    }

    /** The converted file of the real postmortem {@code id} (under {@code real/}), read. */
    private static ParsedFile parseReal(String id) throws IOException {
        Path file = Fixtures.file("real/" + id, id + ".md");
        return new PostmortemReader(ReaderOptions.defaults()).parse(file, Files.readAllBytes(file));
    }

    @Test
    void anIdInTheWordsOfAnEntryLeavesItAnEntry() {
        ParsedFile parsed = parse("2026-03-13T09:20Z", "- 09:20 Alert {#a1} fires.");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:20Z"));
    }

    @Test
    void wordsInBracesInAnEntryLeaveItAnEntry() {
        ParsedFile parsed = parse("2026-03-13T09:14Z", "- 09:14 Push {foo} begins.\n- 09:20 Alert {fires}");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(instants(parsed)).containsExactly(OffsetDateTime.parse("2026-03-13T09:14Z"),
                OffsetDateTime.parse("2026-03-13T09:20Z"));
        assertThat(timelineHtml(parsed)).contains(time("09:14:00Z", "09:14") + " Push {foo} begins.",
                time("09:20:00Z", "09:20") + " Alert {fires}");
    }

    /** The line of a file from {@link #parse} where the timeline's own text begins. */
    static final int TIMELINE_LINE = 11;

    /** A published postmortem whose Reason holds only {@code timeline}, starting at {@link #TIMELINE_LINE}. */
    static ParsedFile parse(String start, String timeline) {
        return parse("### Timeline", start, timeline);
    }

    /** As {@link #parse(String, String)}, under {@code heading} instead of {@code ### Timeline}. */
    static ParsedFile parse(String heading, String start, String timeline) {
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
                %s
                %s
                ## Remedy
                - [ ] Alert earlier {owner="SRE"}
                """.formatted(start, heading, timeline);
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

    static List<Integer> entryLines(ParsedFile parsed) {
        return parsed.postmortem().orElseThrow().reason().orElseThrow().timeline().stream()
                .map(TimelineEntry::line).toList();
    }

    static List<OffsetDateTime> instants(ParsedFile parsed) {
        return parsed.postmortem().orElseThrow().reason().orElseThrow().timeline().stream()
                .map(TimelineEntry::at).toList();
    }
}
