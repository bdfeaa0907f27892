package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.PostmortemBuilder;
import dev.pm.core.model.Archive;
import dev.pm.core.model.IncidentWindow;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Severity;
import dev.pm.core.model.SeverityScale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final Messages MESSAGES = Messages.load(java.util.Locale.ENGLISH, java.util.Optional.empty());

    private static final List<Severity> SCALE = SeverityScale.standard().levels();

    private static Postmortem incident(String slug, String start, int severity, int minutesToResolve,
            String... services) {
        OffsetDateTime begin = OffsetDateTime.parse(start);
        return PostmortemBuilder.postmortem(slug)
                .withPublished(begin.toLocalDate().plusDays(2))
                .withIncident(new IncidentWindow(begin, Optional.empty(), Optional.empty(),
                        Optional.of(begin.plusMinutes(minutesToResolve))))
                .withSeverity(SCALE.get(severity - 1))
                .withServices(services)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> chart, String key) {
        return (List<Map<String, Object>>) chart.get(key);
    }

    @Test
    void scalesEndOnARoundStepAboveTheLargestValue() {
        assertThat(Charts.Scale.around(7, 1)).isEqualTo(new Charts.Scale(8, 2));
        assertThat(Charts.Scale.around(1, 1)).isEqualTo(new Charts.Scale(1, 1));
        assertThat(Charts.Scale.around(23, 1)).isEqualTo(new Charts.Scale(25, 5));
        assertThat(Charts.Scale.around(170, 60)).isEqualTo(new Charts.Scale(180, 60));
        assertThat(Charts.Scale.around(0, 1)).isEqualTo(new Charts.Scale(1, 1));
        assertThat(Charts.Scale.around(23, 1).ticks()).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0, 25.0);
    }

    @Test
    void anEmptyArchiveHasNoBarsAndOneTickRange() {
        Map<String, Object> perQuarter = Charts.incidentsPerQuarter(List.of(), ZoneOffset.UTC, SCALE);
        Map<String, Object> perService = Charts.incidentsPerService(Map.of());

        assertThat(list(perQuarter, "bars")).isEmpty();
        assertThat(list(perService, "bars")).isEmpty();
        assertThat(list(Charts.resolveTimePerQuarter(List.of(), ZoneOffset.UTC, MESSAGES), "bars")).isEmpty();
    }

    @Test
    void oneIncidentFillsThePlotHeightInItsQuarter() {
        Postmortem only = incident("a", "2026-02-10T09:00:00Z", 2, 47, "checkout");

        Map<String, Object> chart = Charts.incidentsPerQuarter(List.of(only), ZoneOffset.UTC, SCALE);

        List<Map<String, Object>> bars = list(chart, "bars");
        assertThat(bars).singleElement().satisfies(bar -> {
            assertThat(bar.get("label")).isEqualTo("2026-Q1");
            assertThat(bar.get("x")).isEqualTo("113.6");
            assertThat(bar.get("width")).isEqualTo("460.8");
            assertThat(list(bar, "segments")).singleElement().satisfies(segment -> {
                assertThat(segment.get("label")).isEqualTo("SEV2");
                assertThat(segment.get("y")).isEqualTo(String.valueOf(Charts.TOP));
                assertThat(segment.get("height")).isEqualTo(String.valueOf(Charts.HEIGHT - Charts.TOP - Charts.BOTTOM));
            });
        });
    }

    @Test
    void quartersWithoutIncidentsAreShownEmptyAndStacksAreWorstFirst() {
        List<Postmortem> incidents = List.of(incident("a", "2025-11-01T00:00:00Z", 3, 60),
                incident("b", "2026-05-01T00:00:00Z", 1, 30), incident("c", "2026-05-02T00:00:00Z", 3, 90));

        List<Map<String, Object>> bars = list(Charts.incidentsPerQuarter(incidents, ZoneOffset.UTC, SCALE), "bars");

        assertThat(bars).extracting(b -> b.get("label")).containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(bars).extracting(b -> b.get("total")).containsExactly(1, 0, 2);
        List<Map<String, Object>> stack = list(bars.get(2), "segments");
        assertThat(stack).extracting(s -> s.get("label")).containsExactly("SEV1", "SEV3");
        assertThat(Double.parseDouble((String) stack.get(0).get("y")))
                .isGreaterThan(Double.parseDouble((String) stack.get(1).get("y")));
    }

    @Test
    void resolveTimesAreMediansOnALogScaleWithRoundTicks() {
        List<Postmortem> incidents = List.of(incident("a", "2026-01-01T00:00:00Z", 3, 60),
                incident("b", "2026-01-02T00:00:00Z", 3, 240), incident("c", "2026-01-03T00:00:00Z", 3, 180));

        Map<String, Object> chart = Charts.resolveTimePerQuarter(incidents, ZoneOffset.UTC, MESSAGES);

        Map<String, Object> bar = list(chart, "bars").get(0);
        assertThat(bar.get("median")).isEqualTo(Views.duration(java.time.Duration.ofMinutes(180), MESSAGES));
        assertThat(list(chart, "ticks")).extracting(t -> t.get("value")).containsExactly("1 h", "6 h");

        Map<String, Object> days = Charts.resolveTimePerQuarter(List.of(incident("d", "2026-01-01T00:00:00Z", 2,
                3 * 1440 + 600)), ZoneOffset.UTC, MESSAGES);
        assertThat(list(days, "ticks")).extracting(t -> t.get("value")).containsExactly("1 d", "7 d");
    }

    @Test
    void oneLongQuarterDoesNotFlattenTheOthers() {
        // 30 minutes, 2 hours and 20 days: on a linear scale the first two bars would be under 1 % of the third
        List<Postmortem> incidents = List.of(incident("a", "2025-01-10T00:00:00Z", 3, 30),
                incident("b", "2025-04-10T00:00:00Z", 3, 120), incident("c", "2025-07-10T00:00:00Z", 3, 20 * 1440));

        List<Map<String, Object>> bars = list(Charts.resolveTimePerQuarter(incidents, ZoneOffset.UTC, MESSAGES), "bars");

        double shortest = Double.parseDouble((String) bars.get(0).get("height"));
        double middle = Double.parseDouble((String) bars.get(1).get("height"));
        double longest = Double.parseDouble((String) bars.get(2).get("height"));
        assertThat(shortest / longest).isGreaterThan(0.1); // linear: 30 / 28800, about 0.001
        assertThat(shortest).isLessThan(middle);
        assertThat(middle).isLessThan(longest);
        assertThat(list(Charts.resolveTimePerQuarter(incidents, ZoneOffset.UTC, MESSAGES), "ticks"))
                .extracting(t -> t.get("value")).containsExactly("10 min", "1 h", "6 h", "1 d", "7 d", "30 d");
    }

    @Test
    void oneServiceGetsAFullWidthBarAndServicesBeyondFifteenAreCounted() {
        Map<String, Object> one = Charts.incidentsPerService(Map.of("checkout",
                List.of(incident("a", "2026-01-01T00:00:00Z", 3, 60))));
        assertThat(list(one, "bars")).singleElement().satisfies(bar ->
                assertThat(bar.get("width")).isEqualTo(String.valueOf(Charts.WIDTH - 160 - Charts.RIGHT)));

        Map<String, List<Postmortem>> many = new java.util.TreeMap<>();
        for (int i = 0; i < 17; i++) {
            many.put("service-" + (char) ('a' + i), List.of(incident("s" + i, "2026-01-01T00:00:00Z", 3, 60)));
        }
        many.put("zebra", List.of(incident("z1", "2026-01-01T00:00:00Z", 3, 60),
                incident("z2", "2026-01-02T00:00:00Z", 3, 60)));
        Map<String, Object> chart = Charts.incidentsPerService(many);
        assertThat(list(chart, "bars")).hasSize(15).first().satisfies(b -> assertThat(b.get("label")).isEqualTo("zebra"));
        assertThat(chart.get("others")).isEqualTo(3);
    }

    @Test
    void coordinatesAreWrittenTheSameOnEveryMachine() {
        assertThat(Charts.number(61.849)).isEqualTo("61.8");
        assertThat(Charts.number(8.0)).isEqualTo("8");
        assertThat(Charts.number(1234567.25)).isEqualTo("1234567.3");
    }

    @Test
    void theSearchIndexNamesEachServiceOnceAndPointsAtIt() {
        Postmortem a = incident("2026-01-01-a", "2026-01-01T00:00:00Z", 3, 60, "checkout");
        String meta = new String(SearchIndex.files(dev.pm.core.model.Archive.of(List.of(a), ZoneOffset.UTC))
                .get("search/meta.js"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(meta).isEqualTo("pmSearch.meta({\"url\":\"postmortems/{}.html\",\"severities\":[\"SEV3\"],"
                + "\"services\":[\"checkout\"],\"shards\":[\"30-31\",\"32-30\",\"61\",\"63-68\",\"73-65\"],"
                + "\"docs\":[[\"2026-01-01-a\",\"2026-01-01-a\",0,2026,[0]]]});\n");
        assertThat(LocalDate.of(2026, 1, 3)).isEqualTo(a.published());
    }
}
