package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pm.core.site.SiteSettings;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void aDateFormatThatCannotWriteADayIsAConfigurationErrorBeforeAnythingRenders() {
        // It parses as a pattern; before, the first page failed with "a bug in pm" (an internal error).
        assertThatThrownBy(() -> SiteSettings.builder().dateFormat("HH:mm").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateFormat 'HH:mm' cannot write a day")
                .hasMessageContaining("HourOfDay")
                .hasMessageContaining("try 'd MMMM uuuu'");
    }

    @Test
    void aDateFormatThatIsNoPatternIsAConfigurationError() {
        assertThatThrownBy(() -> SiteSettings.builder().dateFormat("d MMMM {uuuu}").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a date pattern");
    }

    @Test
    void aDayPatternIsAccepted() {
        assertThat(SiteSettings.builder().dateFormat("yyyy-MM-dd").build().dateFormat()).isEqualTo("yyyy-MM-dd");
    }
}
