package dev.pm.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostmortemModelTest {

    @Test
    void durationsReadAsPmShowsThem() {
        assertThat(PostmortemModel.text(Duration.ofMinutes(47))).isEqualTo("47 min");
        assertThat(PostmortemModel.text(Duration.ofMinutes(127))).isEqualTo("2 h 7 min");
        assertThat(PostmortemModel.text(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(PostmortemModel.text(Duration.ofHours(52))).isEqualTo("2 d 4 h");
    }

    @Test
    void listingFileNamesAreSafe() {
        assertThat(PostmortemPages.fileName("Payments API")).isEqualTo("payments-api");
        assertThat(PostmortemPages.fileName("../x")).isEqualTo("..-x");
    }

    @Test
    void engineIsRegisteredForPmdOnly() throws IOException {
        Properties engines = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/org.jbake.parser.MarkupEngines.properties")) {
            engines.load(in);
        }
        assertThat(engines).containsOnly(org.assertj.core.api.Assertions.entry(PostmortemEngine.class.getName(), "pmd"));
    }
}
