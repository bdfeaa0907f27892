package dev.pm.core.read.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date, time and zone a timeline entry or a date heading starts with, written the way real postmortems write
 * them: {@code 2026-03-12T09:14Z}, {@code 2026-03-12 09:14}, {@code 2026-03-12}, {@code October 21, 2025},
 * {@code 13 May}, {@code 09:14}, {@code 9:14 AM}, each time optionally followed by a zone ({@code UTC}, {@code Z},
 * {@code +02:00}, {@code UTC-7}, or one of {@link #ZONES}); then a separator ({@code :}, {@code -}, {@code –},
 * {@code —}, {@code |}), a space or the end.
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
    private static final String DATE = "(?:(\\d{4})-(\\d{2})-(\\d{2})"
            + "|" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "(?:,?\\s+(\\d{4}))?"
            + "|(\\d{1,2})" + ORDINAL + "\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?)";
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:\\s?([ap])\\.?m\\.?)?";
    private static final String ZONE = "(?:(z)|\\s?(utc|gmt|ut)\\s?([+-]\\d{1,2}(?::?\\d{2})?)|([+-]\\d{2}:?\\d{2})"
            + "|\\s(?:\\(([a-z]{1,8})\\)|([a-z]{1,8})))";
    private static final Pattern STAMP = Pattern.compile("^(?:" + DATE + "(?:(?:t|,?\\s+(?:at\\s+)?)" + TIME + "(?:"
            + ZONE + ")?)?|" + TIME + "(?:" + ZONE + ")?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[:|\\-–—]\\s*|\\s+|$)");

    /**
     * What a text starts with: a day and/or a time of day, the zone written (absent when none was), and how many
     * characters the stamp and the separator after it take.
     */
    record Stamp(Optional<LocalDate> day, Optional<LocalTime> time, Optional<ZoneId> zone, int length,
            int separatorLength) {

        boolean dateOnly() {
            return time.isEmpty();
        }
    }

    private Stamps() {
    }

    /**
     * Reads the stamp at the start of {@code text}; a date without a year takes {@code defaultYear}. Empty when
     * the text does not start with one followed by a separator, a space or the end.
     */
    static Optional<Stamp> read(String text, int defaultYear) {
        Matcher m = STAMP.matcher(text);
        if (!m.find() || m.end() == 0) {
            return Optional.empty();
        }
        int end = m.end();
        Optional<ZoneId> zone = Optional.empty();
        boolean dated = m.group(1) != null || m.group(4) != null || m.group(7) != null;
        int timeGroup = dated ? 10 : 20;
        try {
            Optional<LocalDate> day = dated ? Optional.of(day(m, defaultYear)) : Optional.empty();
            Optional<LocalTime> time = Optional.empty();
            if (m.group(timeGroup) != null) {
                time = Optional.of(time(m, timeGroup));
                int z = timeGroup + 4;
                if (m.group(z) != null) {
                    zone = Optional.of(ZoneOffset.UTC);
                } else if (m.group(z + 2) != null) {
                    zone = Optional.of(offset(m.group(z + 2)));
                } else if (m.group(z + 3) != null) {
                    zone = Optional.of(offset(m.group(z + 3)));
                } else if (m.group(z + 4) != null || m.group(z + 5) != null) {
                    boolean bracketed = m.group(z + 4) != null;
                    String name = m.group(bracketed ? z + 4 : z + 5).toUpperCase(Locale.ROOT);
                    if (ZONES.containsKey(name)) {
                        zone = Optional.of(ZONES.get(name));
                    } else {
                        // A word after the time that names no zone belongs to the text.
                        end = m.start(bracketed ? z + 4 : z + 5) - (bracketed ? 2 : 1);
                    }
                }
            }
            Matcher separator = SEPARATOR.matcher(text.substring(end));
            if (!separator.find()) {
                return Optional.empty();
            }
            return Optional.of(new Stamp(day, time, zone, end, separator.end()));
        } catch (DateTimeException | NumberFormatException notAStamp) {
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

    private static LocalTime time(Matcher m, int group) {
        int hour = Integer.parseInt(m.group(group));
        int minute = Integer.parseInt(m.group(group + 1));
        int second = m.group(group + 2) == null ? 0 : Integer.parseInt(m.group(group + 2));
        String half = m.group(group + 3);
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
