package dev.pm.core.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick tests before Wording's patterns let through every sentence the patterns themselves would find. */
class WordingTest {

    @Test
    void aThirdPartyWrittenWithAFoldedLetterIsStillFound() {
        Wording wording = new Wording(List.of("AWS", "GitHub"));

        assertThat(wording.thirdPartyBlamed("The outage was caused by AW\u017f.")).isPresent();
        assertThat(wording.thirdPartyBlamed("G\u0130THUB took us down.")).isPresent();
        assertThat(wording.thirdPartyBlamed("The outage was caused by our own deploy.")).isEmpty();
    }

    @Test
    void aThirdPartyNamedWithALetterBeyondAsciiIsFoundWrittenInAscii() {
        Wording wording = new Wording(List.of("\u0130yzico"));

        assertThat(wording.thirdPartyBlamed("The outage was caused by iyzico.")).isPresent();
        assertThat(wording.thirdPartyBlamed("The outage was caused by our own deploy.")).isEmpty();
    }
}
