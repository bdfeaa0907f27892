package dev.pm.core.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick tests before Wording's patterns let through every sentence the patterns themselves would find; a sentence
 * about the text is no step.
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"In this section we outline the lessons learned, and how our processes will change.",
            "This section lists what we will change.", "In this document, we describe how the release will change.",
            "The following section detailed how we will fix the cache.", "This report explained how we will fix it."})
    void aSentenceThatSaysWhatTheTextDoesIsNoStep(String sentence) {
        assertThat(new Wording(List.of()).isStep(sentence)).as(sentence).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"This report generator was moved to its own worker pool.",
            "The following post-deploy checks will be added to CI.", "We will add a rollback to every change, as this section describes."})
    void aStepWhoseSubjectIsAReportOrThatOutlinesIsStillAStep(String sentence) {
        assertThat(new Wording(List.of()).isStep(sentence)).as(sentence).isTrue();
    }
}
