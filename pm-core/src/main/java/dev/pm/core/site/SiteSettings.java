package dev.pm.core.site;

import dev.pm.core.RunContext;
import dev.pm.core.model.Audience;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the archive site is rendered. Build one with {@link #builder()}; {@link Builder#build()} checks the values.
 *
 * @param title the site's title; blank for the theme's {@code site_title} in the site's language
 *     ({@code Incident history} in English)
 * @param description one sentence under the title; blank for the theme's {@code site_description}
 * @param baseUrl the absolute URL the site is served at, without a trailing slash; enables canonical URLs,
 *     the sitemap and the feeds
 * @param context the run's zone (times are shown in it), language (BCP 47, also the locale of formatted dates),
 *     reference day (open action items due before it are shown overdue) and severity scale
 * @param organisation who the postmortems are from
 * @param pageSize postmortems per page of the home listing
 * @param dateFormat a {@link DateTimeFormatter} pattern for days; blank for the language's long date format
 *     ({@code 12 March 2026}, {@code 12. März 2026}, {@code 2026年3月12日})
 * @param ticketUrlPattern a URL with {@code {id}} where a ticket id goes
 * @param audience who the build is for
 * @param includeDrafts whether drafts are included, marked
 * @param themeDirectory a folder whose templates and assets override the bundled theme's
 * @param feedSize how many of the newest postmortems each feed holds
 */
public record SiteSettings(String title, String description, Optional<String> baseUrl, RunContext context,
        String organisation, int pageSize, String dateFormat, Optional<String> ticketUrlPattern, Audience audience,
        boolean includeDrafts, Optional<Path> themeDirectory, int feedSize) {

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(audience, "audience");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Locale locale() {
        return context.locale();
    }

    /** The page language, BCP 47. */
    public String language() {
        return context.language();
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return context.zone();
    }

    /** The reference day against which open action items are shown overdue; without it none is. */
    public Optional<LocalDate> today() {
        return context.today();
    }

    /** Collects settings; every value has a default. */
    public static final class Builder {
        private String title = "";
        private String description = "";
        private String baseUrl;
        private RunContext context = RunContext.defaults();
        private String organisation = "";
        private int pageSize = 20;
        private String dateFormat = "";
        private String ticketUrlPattern;
        private Audience audience = Audience.PUBLIC;
        private boolean includeDrafts;
        private Path themeDirectory;
        private int feedSize = 50;

        public Builder title(String value) { title = value == null ? "" : value; return this; }
        public Builder description(String value) { description = value == null ? "" : value; return this; }
        public Builder baseUrl(String value) { baseUrl = blankToNull(value); return this; }
        public Builder context(RunContext value) { context = value; return this; }
        public Builder organisation(String value) { organisation = value == null ? "" : value; return this; }
        public Builder pageSize(int value) { pageSize = value; return this; }
        public Builder dateFormat(String value) { dateFormat = value == null ? "" : value.strip(); return this; }
        public Builder ticketUrlPattern(String value) { ticketUrlPattern = blankToNull(value); return this; }
        public Builder audience(Audience value) { audience = value; return this; }
        public Builder includeDrafts(boolean value) { includeDrafts = value; return this; }
        public Builder themeDirectory(Path value) { themeDirectory = value; return this; }
        public Builder feedSize(int value) { feedSize = value; return this; }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException naming the setting that is wrong and how to fix it
         */
        public SiteSettings build() {
            if (feedSize < 1) {
                throw new IllegalArgumentException("feedSize must be at least 1, not " + feedSize);
            }
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
            }
            DateTimeFormatter days;
            try {
                days = dateFormat.isEmpty() ? null : DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dateFormat '" + dateFormat + "' is not a date pattern: "
                        + e.getMessage() + "; try 'd MMMM uuuu'");
            }
            try {
                if (days != null) {
                    // Pages write days only: a pattern with hours or a zone parses, then failed on the first page.
                    days.format(java.time.LocalDate.of(2026, 3, 12));
                }
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("dateFormat '" + dateFormat + "' cannot write a day ("
                        + e.getMessage() + "): pm writes days, so use only day, month and year letters; try"
                        + " 'd MMMM uuuu'");
            }
            if (baseUrl != null) {
                baseUrl = checkHttpUrl("baseUrl", baseUrl.replaceAll("/+$", ""));
            }
            if (ticketUrlPattern != null) {
                if (!ticketUrlPattern.contains("{id}")) {
                    throw new IllegalArgumentException("ticketUrlPattern must contain {id} where the ticket id goes,"
                            + " for example https://tracker.example.com/browse/{id}");
                }
                checkHttpUrl("ticketUrlPattern", ticketUrlPattern.replace("{id}", "ID"));
            }
            return new SiteSettings(title, description, Optional.ofNullable(baseUrl), context, organisation, pageSize,
                    dateFormat, Optional.ofNullable(ticketUrlPattern), audience, includeDrafts,
                    Optional.ofNullable(themeDirectory), feedSize);
        }

        private static String checkHttpUrl(String name, String value) {
            try {
                URI uri = new URI(value);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException(name + " must be an absolute http or https URL, not '"
                            + value + "'");
                }
                return value;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(name + " is not a valid URL: " + e.getMessage());
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
