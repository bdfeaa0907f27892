package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.internal.Slugs;
import dev.pm.core.read.internal.Times;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsAndTimesTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Checkout outage        | checkout-outage",
        "../../etc/passwd       | etc-passwd",
        "%2e%2e%2fsecret        | 2e-2e-2fsecret",
        "a/b\\c                 | a-b-c",
        "Straße über Ærø        | strasse-uber-aero",
        "Łódź 2026              | lodz-2026",
        "..                     | ''",
        "東京                    | ''",
    })
    void slugsAreLowerCaseAsciiLettersDigitsAndHyphens(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
    }

    @Test
    void veryLongSlugsAreCut() {
        assertThat(Slugs.slugify("a-".repeat(200))).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
    }

    /**
     * ASCII text and text that is already a slug take shorter paths; a combining mark at the end sends the same text
     * down the general one (NFKD keeps the mark, and slugs drop marks), which must give the same slug.
     */
    @Test
    void asciiTextAndSlugsGiveWhatTheGeneralPathGives() {
        String[] pieces = {"a", "Z", "09", "-", "--", " ", "_", ".", "/", "Q-", "-x"};
        for (String ascii : RandomText.of(20_000, 50, pieces)) {
            assertThat(Slugs.slugify(ascii)).as(ascii).isEqualTo(Slugs.slugify(ascii + "\u0301"));
            String slug = Slugs.slugify(ascii);
            assertThat(Slugs.slugify(slug)).as(slug).isEqualTo(slug).isEqualTo(Slugs.slugify(slug + "\u0301"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-12T09:14:00Z,      2026-03-12T09:14Z",
        "2026-03-12T09:14Z,         2026-03-12T09:14Z",
        "2026-03-12 09:14,          2026-03-12T09:14Z",
        "2026-03-12T09:14:05.5+02:00, 2026-03-12T09:14:05.500+02:00",
        "2026-03-12T09:14+0530,     2026-03-12T09:14+05:30",
    })
    void dateTimesKeepTheirOffsetOrTakeTheConfiguredZone(String text, String expected) {
        assertThat(Times.parseDateTime(text, ZoneOffset.UTC)).contains(OffsetDateTime.parse(expected));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThat(Times.parseDateTime("2026-02-30T10:00Z", ZoneOffset.UTC)).isEmpty();
        assertThat(Times.parseDate("2026-02-30", ZoneOffset.UTC)).isEmpty();
        assertThat(Times.parseDate("14/03/2026", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aDateTimeGivenForADayIsTakenOnItsDayInTheZone() {
        assertThat(Times.parseDate("2026-03-12T23:30Z", ZoneId.of("Asia/Tokyo"))).contains(LocalDate.of(2026, 3, 13));
    }
}
