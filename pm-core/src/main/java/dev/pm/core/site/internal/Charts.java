package dev.pm.core.site.internal;

import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Severity;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of the stats page's charts, computed at build time so that the page needs no script: scales
 * with round ticks, and the position of every bar in SVG user units. Templates only draw what is here.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int RIGHT = 8;
    static final int TOP = 8;
    static final int BOTTOM = 28;
    static final int SERVICE_LIMIT = 15;
    static final int SERVICE_ROW = 22;

    private Charts() {
    }

    /** A linear scale from 0 to {@code max}, with ticks at multiples of {@code step}. */
    record Scale(double max, double step) {

        /** A scale whose top is the smallest multiple of a 1, 2 or 5 step at or above {@code value}, 4 to 5 ticks. */
        static Scale around(double value, double unit) {
            if (value <= 0) {
                return new Scale(unit, unit);
            }
            double raw = value / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw / unit))) * unit;
            double step = magnitude;
            for (double factor : new double[] {1, 2, 5, 10}) {
                if (magnitude * factor >= raw) {
                    step = magnitude * factor;
                    break;
                }
            }
            step = Math.max(step, unit);
            return new Scale(Math.ceil(value / step) * step, step);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; i * step <= max + step / 1000; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }

        /** The length, in units, of a value on an axis {@code length} long. */
        double length(double value, double length) {
            return value / max * length;
        }
    }

    /** The quarter an incident started in, as {@code 2026-Q1}. */
    static String quarter(Postmortem p, ZoneId zone) {
        ZonedDateTime start = p.incident().start().atZoneSameInstant(zone);
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    /** Every quarter from the first incident's to the last one's, empty ones included, oldest first. */
    static List<String> quarters(List<Postmortem> postmortems, ZoneId zone) {
        List<String> present = postmortems.stream().map(p -> quarter(p, zone)).sorted().distinct().toList();
        List<String> all = new ArrayList<>();
        if (present.isEmpty()) {
            return all;
        }
        int year = Integer.parseInt(present.get(0).substring(0, 4));
        int q = present.get(0).charAt(6) - '0';
        String last = present.get(present.size() - 1);
        while (true) {
            String name = year + "-Q" + q;
            all.add(name);
            if (name.equals(last)) {
                return all;
            }
            q = q == 4 ? 1 : q + 1;
            year = q == 1 ? year + 1 : year;
        }
    }

    /** Incidents per quarter, each bar stacked by severity, worst at the bottom. */
    static Map<String, Object> incidentsPerQuarter(List<Postmortem> postmortems, ZoneId zone, List<Severity> scale) {
        List<String> quarters = quarters(postmortems, zone);
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        quarters.forEach(q -> counts.put(q, new LinkedHashMap<>()));
        for (Postmortem p : postmortems) {
            counts.get(quarter(p, zone)).merge(p.severity(), 1, Integer::sum);
        }
        int most = counts.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(0);
        Scale y = Scale.around(most, 1);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = quarters.isEmpty() ? 0 : (double) (WIDTH - LEFT - RIGHT) / quarters.size();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            String q = quarters.get(i);
            double base = HEIGHT - BOTTOM;
            List<Map<String, Object>> segments = new ArrayList<>();
            int total = 0;
            for (Severity severity : scale) {
                int n = counts.get(q).getOrDefault(severity, 0);
                total += n;
                if (n == 0) {
                    continue;
                }
                double h = y.length(n, plotHeight);
                base -= h;
                segments.add(map("label", severity.label(), "rank", severity.rank(), "count", n,
                        "y", number(base), "height", number(h)));
            }
            bars.add(map("label", q, "total", total, "counts", severityCounts(counts.get(q), scale),
                    "x", number(LEFT + slot * i + slot * 0.1), "width", number(slot * 0.8),
                    "labelX", number(LEFT + slot * i + slot / 2), "showLabel", showLabel(i, quarters.size()),
                    "segments", segments));
        }
        return chart(y, bars, tickViews(y, v -> String.valueOf((long) v)),
                scale.stream().map(s -> map("label", s.label(), "rank", s.rank())).toList());
    }

    /** The median time to resolve of the incidents that started in each quarter. */
    static Map<String, Object> resolveTimePerQuarter(List<Postmortem> postmortems, ZoneId zone,
            Messages messages) {
        List<String> quarters = quarters(postmortems, zone);
        Map<String, List<Duration>> durations = new TreeMap<>();
        quarters.forEach(q -> durations.put(q, new ArrayList<>()));
        for (Postmortem p : postmortems) {
            p.incident().timeToResolve().ifPresent(d -> durations.get(quarter(p, zone)).add(d));
        }
        Map<String, Duration> medians = new LinkedHashMap<>();
        durations.forEach((q, list) -> Durations.median(list).ifPresent(m -> medians.put(q, m)));
        LogScale y = LogScale.around(medians.values().stream().mapToLong(Duration::toMinutes).min().orElse(1),
                medians.values().stream().mapToLong(Duration::toMinutes).max().orElse(1));
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = quarters.isEmpty() ? 0 : (double) (WIDTH - LEFT - RIGHT) / quarters.size();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            String q = quarters.get(i);
            Map<String, Object> bar = map("label", q, "resolved", durations.get(q).size(),
                    "x", number(LEFT + slot * i + slot * 0.1), "width", number(slot * 0.8),
                    "labelX", number(LEFT + slot * i + slot / 2), "showLabel", showLabel(i, quarters.size()));
            Duration median = medians.get(q);
            if (median != null) {
                double h = y.length(median.toMinutes(), plotHeight);
                bar.put("median", Views.duration(median, messages));
                bar.put("y", number(HEIGHT - BOTTOM - h));
                bar.put("height", number(h));
            }
            bars.add(bar);
        }
        List<Map<String, Object>> ticks = y.ticks().stream().map(t -> map("value",
                messages.duration(Duration.ofMinutes(t)),
                "y", number(HEIGHT - BOTTOM - y.length(t, plotHeight)))).toList();
        return map("bars", bars, "ticks", ticks, "legend", List.of(), "width", WIDTH, "height", HEIGHT,
                "left", LEFT, "right", WIDTH - RIGHT, "top", TOP, "bottom", HEIGHT - BOTTOM);
    }

    /**
     * A logarithmic scale for durations, so that one long quarter does not flatten the others. It runs from the
     * largest round duration below the shortest value (so every bar shows) to the smallest one at or above the
     * longest; ticks are the round durations in between: 1 min, 10 min, 1 h, 6 h, 1 d, 7 d, 30 d, 365 d.
     */
    record LogScale(long min, long max) {

        static final long[] ROUND = {1, 10, 60, 360, 1440, 10080, 43200, 525600};

        static LogScale around(long shortest, long longest) {
            long min = ROUND[0];
            long max = ROUND[ROUND.length - 1];
            for (long r : ROUND) {
                if (r < Math.max(shortest, 2)) {
                    min = r;
                }
            }
            for (int i = ROUND.length - 1; i >= 0; i--) {
                if (ROUND[i] >= longest && ROUND[i] > min) {
                    max = ROUND[i];
                }
            }
            return new LogScale(min, Math.max(max, longest));
        }

        List<Long> ticks() {
            List<Long> ticks = new ArrayList<>();
            for (long r : ROUND) {
                if (r >= min && r <= max) {
                    ticks.add(r);
                }
            }
            return ticks;
        }

        /** The length, in units, of a value on an axis {@code length} long. */
        double length(double minutes, double length) {
            double v = Math.max(minutes, min);
            return (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) * length;
        }
    }

    /** Incidents per service, the {@value #SERVICE_LIMIT} most affected, as horizontal bars. */
    static Map<String, Object> incidentsPerService(Map<String, List<Postmortem>> byService) {
        List<Map.Entry<String, List<Postmortem>>> top = byService.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Postmortem>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(SERVICE_LIMIT).toList();
        int most = top.isEmpty() ? 0 : top.get(0).getValue().size();
        Scale x = Scale.around(most, 1);
        int labelWidth = 160;
        double plotWidth = WIDTH - labelWidth - RIGHT;
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            int n = top.get(i).getValue().size();
            bars.add(map("label", top.get(i).getKey(), "url", SitePaths.service(top.get(i).getKey()), "count", n,
                    "x", labelWidth, "y", number(TOP + i * SERVICE_ROW + 3), "width", number(x.length(n, plotWidth)),
                    "height", SERVICE_ROW - 6, "textY", number(TOP + i * SERVICE_ROW + SERVICE_ROW / 2.0 + 4)));
        }
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (double t : x.ticks()) {
            ticks.add(map("value", String.valueOf((long) t), "x", number(labelWidth + x.length(t, plotWidth))));
        }
        int height = TOP + Math.max(1, top.size()) * SERVICE_ROW + BOTTOM;
        Map<String, Object> chart = map("bars", bars, "ticks", ticks, "height", height, "width", WIDTH,
                "labelWidth", labelWidth, "axisY", TOP + Math.max(1, top.size()) * SERVICE_ROW,
                "others", Math.max(0, byService.size() - SERVICE_LIMIT));
        return chart;
    }

    private static Map<String, Object> chart(Scale y, List<Map<String, Object>> bars, List<Map<String, Object>> ticks,
            List<Map<String, Object>> legend) {
        return map("bars", bars, "ticks", ticks, "legend", legend, "width", WIDTH, "height", HEIGHT,
                "left", LEFT, "right", WIDTH - RIGHT, "top", TOP, "bottom", HEIGHT - BOTTOM);
    }

    private static List<Map<String, Object>> tickViews(Scale y, java.util.function.DoubleFunction<String> label) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return y.ticks().stream().map(t -> map("value", label.apply(t),
                "y", number(HEIGHT - BOTTOM - y.length(t, plotHeight)))).toList();
    }

    private static List<Map<String, Object>> severityCounts(Map<Severity, Integer> counts, List<Severity> scale) {
        return scale.stream().map(s -> map("label", s.label(), "count", counts.getOrDefault(s, 0))).toList();
    }

    /** Labels every quarter when there are few, otherwise only each year's first, so labels never overlap. */
    private static boolean showLabel(int index, int count) {
        return count <= 12 || index == 0 || index % 4 == 0;
    }

    /** SVG coordinates with one decimal, written the same on every machine. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
