package dev.pm.core.read.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the dates and times of postmortems with {@code java.time}, never in the JVM's default zone: a time
 * without an offset is read in the zone it is given.
 */
public final class Times {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** {@code 2026-03-12T09:14}, optional seconds and fraction, optional {@code Z} or offset; T or a space. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private Times() {
    }

    /** A day, {@code 2026-03-14}; a date-time is accepted too and its day in {@code zone} taken. */
    public static Optional<LocalDate> parseDate(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value, DATE));
        } catch (DateTimeParseException notADay) {
            return parseDateTime(value, zone).map(t -> t.atZoneSameInstant(zone).toLocalDate());
        }
    }

    /** An instant, {@code 2026-03-12T09:14:00Z}; without an offset it is read in {@code zone}. */
    public static Optional<OffsetDateTime> parseDateTime(String text, ZoneId zone) {
        String value = text.strip();
        try {
            TemporalAccessor parsed = DATE_TIME.parse(value);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed),
                    java.time.LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY),
                            parsed.get(ChronoField.MINUTE_OF_HOUR),
                            parsed.isSupported(ChronoField.SECOND_OF_MINUTE)
                                    ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                            parsed.isSupported(ChronoField.NANO_OF_SECOND)
                                    ? parsed.get(ChronoField.NANO_OF_SECOND) : 0));
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(
                        parsed.get(ChronoField.OFFSET_SECONDS))));
            }
            return Optional.of(local.atZone(zone).toOffsetDateTime());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
