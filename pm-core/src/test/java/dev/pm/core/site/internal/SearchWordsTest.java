package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.RandomText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The index cuts words as search.js cuts a query; ASCII text takes a shorter path that must cut the same. */
class SearchWordsTest {

    @Test
    void asciiTextIsCutIntoLowerCaseRunsOfLettersAndDigits() {
        assertThat(SearchIndex.words("Connection-pool exhausted: 42 ROLLBACKs, v2.1 (again)"))
                .containsExactly("connection", "pool", "exhausted", "42", "rollbacks", "v2", "1", "again");
    }

    @Test
    void asciiTextIsCutAsTheGeneralPathCutsTheSameWordsWithAnAccentAdded() {
        String ascii = "The on-call engineer rolled back release 7.3_b at 09:14 UTC; p99 latency fell.";
        // One accented letter sends the text down the general path (NFKD, marks removed, Unicode classes).
        assertThat(SearchIndex.words(ascii + " é")).containsExactlyElementsOf(
                java.util.stream.Stream.concat(SearchIndex.words(ascii).stream(), java.util.stream.Stream.of("e"))
                        .toList());
    }

    @Test
    void accentsAreFoldedAndHanKanaRunsGiveOverlappingPairs() {
        // NFKD splits で into て and a voicing mark, which goes with the accents, as search.js does to a query.
        assertThat(SearchIndex.words("Café naïve 東京駅で障害")).containsExactly("cafe", "naive", "東京", "京駅",
                "駅て", "て障", "障害");
    }

    @Test
    void textWithoutLettersOrDigitsHasNoWords() {
        assertThat(SearchIndex.words(" -- ... !! ")).isEmpty();
        assertThat(SearchIndex.words("")).isEmpty();
    }

    @Test
    void characterReferencesThatNameNoCharacterStayAsWrittenInsteadOfFailingTheBuild() {
        assertThat(SearchIndex.strip("<p>a &#99999999999; b &#x110000; c &#xD800; d &amp; e &#x41;&#66;</p>"))
                .isEqualTo("a &#99999999999; b &#x110000; c &#xD800; d & e AB");
    }

    @Test
    void asciiWordsAreLowerCasedWhereverTheirCapitalsAre() {
        assertThat(SearchIndex.words("ABC aBc abC 9Z z9 _Q_")).containsExactly("abc", "abc", "abc", "9z", "z9", "q");
    }

    @Test
    void strippingDropsScriptAndStyleElementsWholeInAnyAsciiCaseAndOtherTagsAlone() {
        assertThat(SearchIndex.strip("a<SCRIPT type=x>b</script>c<style>d</Style >e</STYLE>f<scripts>g</scripts>h"))
                .isEqualTo("a c f g h");
        assertThat(SearchIndex.strip("a <b>bold</b> and <unclosed")).isEqualTo("a bold and <unclosed");
    }

    @Test
    void strippingDecodesEachReferenceOnceAndCollapsesTheSpacesItMakes() {
        assertThat(SearchIndex.strip("&amp;lt; &#x3C;b&#62; x&nbsp;&#32;&#10;y &#X41; &#x1F600; &AMP; &#;"))
                .isEqualTo("&lt; <b> x y &#X41; \uD83D\uDE00 &AMP; &#;");
        assertThat(SearchIndex.strip("&nbsp;\u2003 a \u2003&#x2003;")).isEqualTo("a");
    }

    /**
     * The scanner stands for three regular expressions applied in turn; random markup made of the pieces they
     * look for must come out as they made it.
     */
    @Test
    void strippingGivesWhatTheTagReferenceAndSpacePatternsGaveInTurn() {
        String[] pieces = {"<", ">", "</", "&", ";", "#", "#x", "x", "amp", "lt", "nbsp", "quot", "41", "1F600",
            "10", "9999999", "D800", "script", "SCRIPT", "Style", "s", " ", "\t", "\n", "\r", "\u000B", "\f",
            "\u2003", "\u00A0", "\u001C", "\u0301", "_", "a", "Z", "é", "\uD83D\uDE00", "/", "<script", "<STYLE",
            "</script>", "</Style>", "&#x41;", "&#10;", "&amp;", "&nbsp;"};
        for (String text : RandomText.of(20_000, 24, pieces)) {
            assertThat(SearchIndex.strip(text)).as(text).isEqualTo(stripWithPatterns(text));
        }
    }

    private static String stripWithPatterns(String html) {
        String text = Pattern.compile("<(script|style)\\b.*?</\\1>|<[^>]*>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(html).replaceAll(" ");
        text = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);").matcher(text)
                .replaceAll(m -> {
                    String e = m.group(1);
                    String decoded = switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> {
                            int c = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1));
                            yield Character.isValidCodePoint(c) && !(c >= 0xD800 && c <= 0xDFFF)
                                    ? new String(Character.toChars(c)) : m.group();
                        }
                    };
                    return Matcher.quoteReplacement(decoded);
                });
        return Pattern.compile("\\s+").matcher(text).replaceAll(" ").strip();
    }
}
