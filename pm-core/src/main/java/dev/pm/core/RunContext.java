package dev.pm.core;

import dev.pm.core.model.SeverityScale;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of one run that every stage needs and that must agree between them: built once, then handed to
 * reading, checking and rendering, so that a year page and the archive it lists can never group by different
 * zones.
 *
 * @param zone the zone for times written without an offset, and for days, months and years; UTC by default
 * @param today the reference day against which open action items count as overdue; without it nothing is
 *     overdue, so that builds stay reproducible
 * @param severityScale the severity levels, worst first; SEV1 to SEV5 by default
 * @param language the language of the pages (BCP 47), also the locale of dates; {@code en} by default
 */
public record RunContext(ZoneId zone, Optional<LocalDate> today, SeverityScale severityScale, String language) {

    public RunContext {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(severityScale, "severityScale");
        if (language == null || Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 tag such as en or de-CH");
        }
    }

    public static RunContext defaults() {
        return new RunContext(ZoneOffset.UTC, Optional.empty(), SeverityScale.standard(), "en");
    }

    public RunContext withZone(ZoneId newZone) {
        return new RunContext(newZone, today, severityScale, language);
    }

    public RunContext withToday(LocalDate day) {
        return new RunContext(zone, Optional.of(day), severityScale, language);
    }

    public RunContext withSeverityScale(SeverityScale scale) {
        return new RunContext(zone, today, scale, language);
    }

    public RunContext withLanguage(String tag) {
        return new RunContext(zone, today, severityScale, tag);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
