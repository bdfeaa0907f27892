package dev.pm.core.read.internal;

import dev.pm.core.internal.Suggestions;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date, time and zone a timeline entry or a date heading starts with, written the way real postmortems write
 * them: {@code 2026-03-12T09:14Z}, {@code 2026-03-12 09:14}, {@code 2026-03-12}, {@code October 21, 2025},
 * {@code 13 May}, {@code 09:14}, {@code 9:14 AM}, each time optionally followed by a zone ({@code UTC}, {@code Z},
 * {@code +02:00}, {@code UTC-7}, or one of {@link #ZONES}); a time may be the start of a range ({@code 09:14-09:20},
 * {@code 9:14 AM – 9:20 AM UTC}); then a separator ({@code :}, {@code -}, {@code –}, {@code —}, {@code |}), a
 * space or the end. A dash between two times always makes a range: {@code 09:14-09:20} is never 09:14 at an
 * offset of -09:20, since authors write ranges that way and negative offsets with a name ({@code UTC-7}).
 */
final class Stamps {

    /**
     * Zone names authors write after a time. Abbreviations of standard or daylight time name a fixed offset (PDT
     * is always UTC-7); region words name the region's zone, so that daylight saving time applies.
     */
    static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("WET", ZoneOffset.ofHours(0)), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
            Map.entry("NZDT", ZoneOffset.ofHours(13)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("AKST", ZoneOffset.ofHours(-9)),
            Map.entry("AKDT", ZoneOffset.ofHours(-8)), Map.entry("HST", ZoneOffset.ofHours(-10)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EASTERN", ZoneId.of("America/New_York")),
            Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CENTRAL", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MOUNTAIN", ZoneId.of("America/Denver")),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PACIFIC", ZoneId.of("America/Los_Angeles")));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /**
     * Groups 1-3: an ISO day; 4-6: month, day, year; 7-9: day, month, year. A year after a month and a day is one
     * of 1900 to 2099, so that in "Feb 2 1625: Huddle" the number is the time, not the year 1625.
     */
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})-(\\d{2})-(\\d{2})"
            + "|" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?"
            + "|(\\d{1,2})" + ORDINAL + "\\s+" + MONTH + "(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?)",
            Pattern.CASE_INSENSITIVE);
    /** Between a day and its time; group 1 is ISO's {@code T}. */
    private static final Pattern DATE_TIME_JOIN = Pattern.compile("(t)|,?\\s+(?:at\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** Groups: hour, minute, second, and {@code a} or {@code p} of a 12-hour time (not the start of a word). */
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:\\s?([ap])\\.?m\\.?(?![a-z]))?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A 24-hour time written without its colon ({@code 1625}), as Optimism's timelines write it after a day
     * ({@code 2022-02-02 1625: Huddle begins}). Groups: hour, minute.
     */
    private static final Pattern COMPACT_TIME = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)(?!\\d)");
    /**
     * Groups: 1 {@code Z}; 2-3 {@code UTC+2}; 4 {@code +02:00}; 5 {@code -07:00}, an offset only in an ISO
     * date-time; 6 a bracketed name; 7 a name, both of them zones only when {@link #ZONES} knows them.
     */
    private static final Pattern ZONE = Pattern.compile("(z)|\\s?(utc|gmt|ut)\\s?([+-]\\d{1,2}(?::?\\d{2})?)"
            + "|(\\+\\d{2}:?\\d{2})|(-\\d{2}:?\\d{2})|\\s(?:\\(([a-z]{1,8})\\)|([a-z]{1,8})(?![a-z]))",
            Pattern.CASE_INSENSITIVE);
    /** Between the two times of a range: {@code 09:14-09:20}, {@code 09:14 – 09:20}. */
    private static final Pattern RANGE = Pattern.compile("\\s*[-–—]\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[:|\\-–—]\\s*|\\s+|$)");
    /** After a day written as a month and a number alone, where a space may just go on with the sentence. */
    private static final Pattern WRITTEN_SEPARATOR = Pattern.compile("^\\s*(?:[:|\\-–—]\\s*|$)");

    /** A word that may name a zone, or {@code UTC} with an offset, in a table's heading. */
    private static final Pattern NAMED_ZONE = Pattern.compile(
            "(?<![a-z])(?:(?:utc|gmt|ut)\\s?([+-]\\d{1,2}(?::?\\d{2})?)|([a-z]{1,8}))(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    // At most two slashes, as in America/Argentina/Buenos_Aires: a repeated group would recurse once per "/x".
    // Digits after the first slash, as in Etc/GMT+7 (which is UTC-7: read as an offset, "GMT+7", it was 14 hours off).
    private static final Pattern ZONE_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])\\p{Lu}[\\p{L}_]*(?:/[\\p{L}\\p{N}_+-]+){1,2}(?![\\p{L}\\p{N}/])");
    private static final Pattern ZONE_PAIR = Pattern.compile(
            "(?<![\\p{L}/])(\\p{Lu}{2,4})\\s*/\\s*(\\p{Lu}{3,4})(?![\\p{L}])");
    private static final Pattern ZONE_OFFSET = Pattern.compile(
            "(?<![\\p{L}])(?:UTC|GMT|UT)\\s?([+-]\\d{1,2}(?::?\\d{2})?)");
    private static final Pattern ZONE_ABBREVIATION = Pattern.compile("(?<![\\p{L}/])(\\p{Lu}{2,4})(?![\\p{L}])");
    private static final Pattern ZONE_REGION = Pattern.compile("(?<![\\p{L}])(?:(Pacific|Eastern|Central|Mountain)"
            + "(?:\\s+(?:[Ss]tandard|[Dd]aylight))?\\s+[Tt]ime\\b|US[\\s-](Pacific|Eastern|Central|Mountain)\\b)");
    private static final List<Pattern> STATED_ZONE_FORMS = List.of(ZONE_ID, ZONE_PAIR, ZONE_OFFSET,
            ZONE_ABBREVIATION, ZONE_REGION);
    /** The zone database's ids, sorted once, for a did-you-mean on a misspelt one. */
    private static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final int WORDS_READ_FOR_A_ZONE = 8;
    private static final int LONGEST_ZONE_ID = ZONE_IDS.stream().mapToInt(String::length).max().orElse(0);
    /** Up to two capitalised words after a zone id's last part, as in "America/Los Angeles". */
    private static final Pattern FOLLOWING_WORDS = Pattern.compile("(?: \\p{Lu}\\p{Ll}+){1,2}(?![\\p{L}/])");

    /** Standard and daylight time of one region, written as a pair: the region's zone. */
    private static final Map<String, ZoneId> ZONE_PAIRS = Map.of(
            "PST/PDT", ZoneId.of("America/Los_Angeles"), "MST/MDT", ZoneId.of("America/Denver"),
            "CST/CDT", ZoneId.of("America/Chicago"), "EST/EDT", ZoneId.of("America/New_York"),
            "AKST/AKDT", ZoneId.of("America/Anchorage"), "GMT/BST", ZoneId.of("Europe/London"),
            "CET/CEST", ZoneId.of("Europe/Berlin"), "EET/EEST", ZoneId.of("Europe/Helsinki"),
            "AEST/AEDT", ZoneId.of("Australia/Sydney"), "NZST/NZDT", ZoneId.of("Pacific/Auckland"));

    /**
     * What a text starts with: a day and/or a time of day, the zone written (absent when none was; a range's
     * start without one takes its end's), how many characters the stamp (the range's end included) and the
     * separator after it take, and the end of a range.
     */
    /**
     * A stamp read at the start of a text; {@code yearWritten} says whether its day's year was written, or taken
     * from the default year.
     */
    record Stamp(Optional<LocalDate> day, Optional<LocalTime> time, Optional<ZoneId> zone, int length,
            int separatorLength, Optional<RangeEnd> end, boolean yearWritten) {

        boolean dateOnly() {
            return time.isEmpty();
        }

        Stamp yearless() {
            return new Stamp(day, time, zone, length, separatorLength, end, false);
        }

        /** The same stamp on {@code other} day. */
        Stamp on(LocalDate other) {
            return new Stamp(Optional.of(other), time, zone, length, separatorLength, end, yearWritten);
        }
    }

    /**
     * The end of a range such as {@code 09:14-09:20 UTC}: where the start's text stops, where the end's text
     * starts (the dash lies between), the end's time of day and the zone written after it.
     */
    record RangeEnd(int startLength, int offset, LocalTime time, Optional<ZoneId> zone) {
    }

    /** A time and the zone written after it, and where they stop. */
    private record Clock(LocalTime time, Optional<ZoneId> zone, int end) {
    }

    private Stamps() {
    }

    /**
     * Reads the stamp at the start of {@code text}; a date without a year takes {@code defaultYear}. Empty when
     * the text does not start with one followed by a separator, a space or the end.
     */
    static Optional<Stamp> read(String text, int defaultYear) {
        try {
            Matcher date = DATE.matcher(text);
            if (!date.lookingAt()) {
                return clock(text, 0, false, false).flatMap(start -> timed(text, Optional.empty(), start));
            }
            Optional<LocalDate> day = Optional.of(day(date, defaultYear));
            boolean yearWritten = date.group(1) != null || date.group(6) != null || date.group(9) != null;
            Matcher join = DATE_TIME_JOIN.matcher(text).region(date.end(), text.length());
            Optional<Clock> start = join.lookingAt()
                    ? clock(text, join.end(), date.group(1) != null, join.group(1) != null) : Optional.empty();
            if (start.isEmpty() && join.lookingAt() && join.group(1) == null) {
                start = compactClock(text, join.end());
            }
            Optional<Stamp> stamp;
            if (start.isPresent()) {
                stamp = timed(text, day, start.get());
            } else if (!yearWritten && !WRITTEN_SEPARATOR.matcher(text.substring(date.end())).find()) {
                // "May 5 engineers were paged" is a sentence, not an entry of 5 May: a month and a day without a
                // year stand alone only before a written separator or at the end.
                return Optional.empty();
            } else {
                stamp = finish(text, day, Optional.empty(), Optional.empty(), date.end(), Optional.empty());
            }
            return stamp.map(read -> yearWritten ? read : read.yearless());
        } catch (DateTimeException | NumberFormatException notAStamp) {
            return Optional.empty();
        }
    }

    /** A stamp with a time: a range when a dash and a second time follow it, else the time alone. */
    private static Optional<Stamp> timed(String text, Optional<LocalDate> day, Clock start) {
        Matcher dash = RANGE.matcher(text).region(start.end(), text.length());
        if (dash.lookingAt()) {
            Optional<Stamp> range = clockOrNone(text, dash.end()).flatMap(end -> finish(text, day,
                    Optional.of(start.time()), start.zone().or(end::zone), end.end(),
                    Optional.of(new RangeEnd(start.end(), dash.end(), end.time(), end.zone()))));
            if (range.isPresent()) {
                return range;
            }
        }
        return finish(text, day, Optional.of(start.time()), start.zone(), start.end(), Optional.empty());
    }

    /**
     * The time at {@code at} and the zone after it. A {@code -07:00} right after a time is an offset only in an
     * ISO date-time, written with {@code T} or with seconds ({@code 2026-03-12T09:14-07:00}, {@code 2026-03-12
     * 09:14:30-07:00}); anywhere else it is the end of a range, never an offset.
     */
    private static Optional<Clock> clock(String text, int at, boolean isoDay, boolean isoT) {
        Matcher m = TIME.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        LocalTime time = time(m);
        boolean iso = isoDay && (isoT || m.group(3) != null && m.group(4) == null);
        return Optional.of(zoned(text, time, m.end(), iso));
    }

    /**
     * A time without its colon at {@code at}, right after a day, and the zone after it: only before a zone or a
     * written separator, so that in "2022-02-02 1500 users were affected" the number stays a number.
     */
    private static Optional<Clock> compactClock(String text, int at) {
        Matcher m = COMPACT_TIME.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Clock clock = zoned(text, LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), m.end(),
                false);
        // A zone after such a number is one written as zones are (UTC, PST, Z, +02:00), not a word of the sentence
        // that names one ("1200 central DB failover").
        String zone = text.substring(m.end(), clock.end());
        boolean zoned = clock.zone().isPresent() && zone.equals(zone.toUpperCase(Locale.ROOT));
        Clock time = zoned ? clock : new Clock(clock.time(), Optional.empty(), m.end());
        return zoned || WRITTEN_SEPARATOR.matcher(text.substring(time.end())).find() ? Optional.of(time)
                : Optional.empty();
    }

    /** A time that ends at {@code end}, with the zone written right after it, if any. */
    private static Clock zoned(String text, LocalTime time, int end, boolean iso) {
        Matcher z = ZONE.matcher(text).region(end, text.length());
        Optional<ZoneId> zone = Optional.empty();
        if (z.lookingAt()) {
            if (z.group(1) != null) {
                zone = Optional.of(ZoneOffset.UTC);
            } else if (z.group(3) != null) {
                zone = Optional.of(offset(z.group(3)));
            } else if (z.group(4) != null) {
                zone = Optional.of(offset(z.group(4)));
            } else if (z.group(5) != null && iso) {
                zone = Optional.of(offset(z.group(5)));
            } else if (z.group(6) != null || z.group(7) != null) {
                // A word after the time that names no zone belongs to the text.
                zone = Optional.ofNullable(ZONES.get((z.group(6) != null ? z.group(6) : z.group(7))
                        .toUpperCase(Locale.ROOT)));
            }
        }
        return new Clock(time, zone, zone.isPresent() ? z.end() : end);
    }

    /** A range's end; a number that is no time of day ({@code 09:14 - 25:00 ...}) makes no range. */
    private static Optional<Clock> clockOrNone(String text, int at) {
        try {
            return clock(text, at, false, false);
        } catch (DateTimeException | NumberFormatException notATime) {
            return Optional.empty();
        }
    }

    /** The stamp, when a separator, a space or the end follows it. */
    private static Optional<Stamp> finish(String text, Optional<LocalDate> day, Optional<LocalTime> time,
            Optional<ZoneId> zone, int end, Optional<RangeEnd> range) {
        Matcher separator = SEPARATOR.matcher(text.substring(end));
        if (end == 0 || !separator.find()) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(day, time, zone, end, separator.end(), range, true));
    }

    /**
     * The zone a table's heading names ({@code Time (UTC)}, {@code Date and time in CET}, {@code Time, UTC+2}): the
     * last word of it that is one of {@link #ZONES} or {@code UTC} with an offset.
     */
    static Optional<ZoneId> zoneNamed(String heading) {
        Optional<ZoneId> named = Optional.empty();
        Matcher m = NAMED_ZONE.matcher(heading);
        while (m.find()) {
            try {
                Optional<ZoneId> zone = m.group(1) != null ? Optional.of(offset(m.group(1)))
                        : Optional.ofNullable(ZONES.get(m.group(2).toUpperCase(Locale.ROOT)));
                if (zone.isPresent()) {
                    named = zone;
                }
            } catch (DateTimeException notAnOffset) {
                // "UTC+25" names no zone; the heading's other words may.
            }
        }
        return named;
    }

    /**
     * The first zone a line of prose states, such as "All times in PDT (UTC-7)", "All times US/Pacific", "PST/PDT"
     * or "times in Pacific time". Prose holds words that look like zones ("the West region", "est.", "the Central
     * team"), so only what is written as a zone counts: an abbreviation of {@link #ZONES} in capitals, a standard and
     * daylight pair ({@code PST/PDT}: the region's zone, so that daylight saving time applies), UTC or GMT with an
     * offset, a time zone id ({@code Europe/Berlin}, {@code US/Pacific}), or a region word followed by "time" or
     * after "US" ({@code Pacific Daylight Time}, {@code US Eastern}).
     */
    static Optional<ZoneId> zoneStated(String prose) {
        int first = Integer.MAX_VALUE;
        Optional<ZoneId> stated = Optional.empty();
        for (Pattern form : STATED_ZONE_FORMS) {
            Matcher m = form.matcher(prose);
            while (m.find() && m.start() < first) {
                Optional<ZoneId> zone = statedZone(m);
                if (zone.isPresent()) {
                    first = m.start();
                    stated = zone;
                    break;
                }
            }
        }
        return stated;
    }

    /**
     * What a line that states no zone ({@link #zoneStated} found none) wrote as a zone id, and the id it is a typo
     * of: {@code UC/Pacific} for {@code US/Pacific}, {@code Amerika/Los_Angeles}, {@code America/Los Angeles} (a
     * space for the underscore). Words with a slash that are no typo of an id ("Grafana/Prometheus", "the
     * Asia/Pacific region", "US/EU", "North/South", "Pacific/Time") give none.
     */
    static Optional<Misspelt> zoneMiswritten(String prose) {
        Matcher id = ZONE_ID.matcher(prose);
        Set<String> tried = new HashSet<>();
        // A line that states a zone names it among its first words; each word costs a search of the database.
        for (int words = 0; words < WORDS_READ_FOR_A_ZONE && id.find(); words++) {
            Matcher more = FOLLOWING_WORDS.matcher(prose).region(id.end(), prose.length());
            String following = more.lookingAt() ? more.group() : "";
            // America/Los Angeles, America/Mexico City: with the words after it, spaces read as underscores.
            for (String written : List.of(id.group() + following, id.group())) {
                if (written.length() > LONGEST_ZONE_ID + 2 || !tried.add(written)) {
                    continue;
                }
                String asId = written.replace(' ', '_');
                if (isZoneId(asId)) {
                    if (!asId.equals(written)) {
                        return Optional.of(new Misspelt(written, asId));
                    }
                    continue;
                }
                // One edit in eight letters: "UC/Pacific" is US/Pacific; "Asia/Pacific" and "Pacific/Time" are no id.
                Optional<String> meant = Suggestions.closest(asId, ZONE_IDS, Math.max(1, asId.length() / 8));
                if (meant.isPresent()) {
                    return Optional.of(new Misspelt(written, meant.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A zone id as written, and the one it is a typo of. */
    record Misspelt(String written, String meant) {
    }

    private static boolean isZoneId(String written) {
        try {
            ZoneId.of(written);
            return true;
        } catch (DateTimeException notAZone) {
            return false;
        }
    }

    private static Optional<ZoneId> statedZone(Matcher m) {
        try {
            if (m.pattern() == ZONE_ID) {
                return Optional.of(ZoneId.of(m.group()));
            }
            if (m.pattern() == ZONE_PAIR) {
                return Optional.ofNullable(ZONE_PAIRS.get(m.group(1) + "/" + m.group(2)))
                        .or(() -> Optional.ofNullable(ZONES.get(m.group(1))));
            }
            if (m.pattern() == ZONE_OFFSET) {
                return Optional.of(offset(m.group(1)));
            }
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.ofNullable(ZONES.get(word.toUpperCase(Locale.ROOT)));
        } catch (DateTimeException notAZone) {
            // "UTC+25" or "UC/Pacific" names no zone; a later word may.
            return Optional.empty();
        }
    }

    private static LocalDate day(Matcher m, int defaultYear) {
        if (m.group(1) != null) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        boolean monthFirst = m.group(4) != null;
        String month = monthFirst ? m.group(4) : m.group(8);
        String dayOfMonth = monthFirst ? m.group(5) : m.group(7);
        String year = monthFirst ? m.group(6) : m.group(9);
        return LocalDate.of(year == null ? defaultYear : Integer.parseInt(year), month(month),
                Integer.parseInt(dayOfMonth));
    }

    private static int month(String name) {
        String three = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(three) / 3 + 1;
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String half = m.group(4);
        if (half != null && hour >= 1 && hour <= 12) {
            boolean pm = half.equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return LocalTime.of(hour, minute, second);
    }

    private static ZoneOffset offset(String written) {
        String digits = written.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sign = written.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
