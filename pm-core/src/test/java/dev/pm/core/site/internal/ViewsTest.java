package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViewsTest {

    @Test
    void theLongDateIsTheLocalizedLongDateInEveryLocale() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 12), LocalDate.of(1999, 12, 31), LocalDate.of(2024, 2, 29));
        ZonedDateTime instant = ZonedDateTime.of(2025, 7, 4, 23, 59, 0, 0, ZoneId.of("Asia/Tokyo"));
        for (Locale locale : Locale.getAvailableLocales()) {
            DateTimeFormatter localized = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            DateTimeFormatter resolved = Views.longDate(locale);
            for (LocalDate day : days) {
                assertThat(resolved.format(day)).as(locale.toLanguageTag()).isEqualTo(localized.format(day));
            }
            assertThat(resolved.format(instant)).as(locale.toLanguageTag()).isEqualTo(localized.format(instant));
        }
    }

    @Test
    void theLongDateFollowsTheLanguage() {
        LocalDate day = LocalDate.of(2026, 3, 12);

        assertThat(Views.longDate(Locale.ENGLISH).format(day)).isEqualTo("March 12, 2026");
        assertThat(Views.longDate(Locale.GERMAN).format(day)).isEqualTo("12. März 2026");
        assertThat(Views.longDate(Locale.JAPANESE).format(day)).isEqualTo("2026年3月12日");
    }
}
