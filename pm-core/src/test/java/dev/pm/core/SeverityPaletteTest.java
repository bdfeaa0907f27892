package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The severity colours of the bundled stylesheet, read from the shipped {@code pm.css} as a browser would resolve
 * its custom properties on screen and in print, in the light and the dark scheme, and measured: the badge text on
 * each fill, each fill against the page (the chart's bars and legend swatches use the same fills), the difference
 * between neighbouring levels for readers with normal colour vision and with protanopia or deuteranopia, and the
 * hue of each fill.
 */
class SeverityPaletteTest {

    /** WCAG 2.2 1.4.3 (AA): the badges are small bold text, not large text, so 4.5:1. */
    private static final double TEXT = 4.5;
    /** WCAG 2.2 1.4.11: the bars and swatches are graphical objects needed to read the chart, so 3:1. */
    private static final double GRAPHIC = 3.0;
    /**
     * Neighbouring levels sit side by side in a stacked bar and in a list of badges. WCAG gives no figure for two
     * fills next to each other; the issue found SEV2 and SEV3 at 1.05:1, which nobody tells apart. 1.3:1 is, in the
     * lightness range of these palettes, a CIELAB lightness step of about 8 to 13 (a just noticeable step is about 1
     * to 2), and about the smallest step of ColorBrewer's 5-class sequential palettes (YlOrRd: 1.44:1), which
     * are designed to be told apart class by class. It must hold after the colour-blindness simulation too, since a
     * difference in lightness is all that protanopes and deuteranopes are sure to see between reds and oranges.
     */
    private static final double NEIGHBOURS = 1.3;
    /**
     * Hues (HSV, in degrees) read as green: from chartreuse past green to spring green. Yellow is at 60, cyan at 180;
     * the old SEV4 was at 86 (#3f6212) and 88 (#a8d672).
     */
    private static final double GREEN_FROM = 75;
    private static final double GREEN_TO = 165;
    private static final int LEVELS = 5;

    /** Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB. */
    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        /** The linear red, green and blue that a reader with this vision sees for {@code hex}. */
        double[] seen(String hex) {
            double[] rgb = linear(hex);
            double[] seen = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = 0;
                for (int j = 0; j < 3; j++) {
                    v += matrix[i][j] * rgb[j];
                }
                seen[i] = Math.min(1, Math.max(0, v));
            }
            return seen;
        }

        /** The WCAG relative luminance of {@code hex} as a reader with this vision sees it. */
        double luminance(String hex) {
            double[] seen = seen(hex);
            return 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
        }

        /** The largest difference of one linear channel between two colours as this vision sees them. */
        double distance(String a, String b) {
            double[] x = seen(a);
            double[] y = seen(b);
            return Math.max(Math.abs(x[0] - y[0]), Math.max(Math.abs(x[1] - y[1]), Math.abs(x[2] - y[2])));
        }
    }

    /** Where the page is shown: on screen or in print, with the reader's colour scheme. */
    enum Scheme {
        LIGHT(false, false), DARK(false, true), PRINT_LIGHT(true, false), PRINT_DARK(true, true);

        final boolean print;
        final boolean dark;

        Scheme(boolean print, boolean dark) {
            this.print = print;
            this.dark = dark;
        }
    }

    /** One style rule, with the media condition it is nested in (null outside any). */
    record Rule(String media, String selector, Map<String, String> declarations) {
    }

    /** The fills, their text colours and the page background under one scheme. */
    record Palette(List<String> fills, List<String> texts, String background) {
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void badgeTextMeetsWcagAaOnEveryLevel(Scheme scheme) throws IOException {
        Palette palette = palette(scheme);
        for (int i = 0; i < LEVELS; i++) {
            assertThat(contrast(palette.texts().get(i), palette.fills().get(i)))
                    .as("%s: SEV%d text %s on %s", scheme, i + 1, palette.texts().get(i), palette.fills().get(i))
                    .isGreaterThanOrEqualTo(TEXT);
        }
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void everyFillStandsOutFromThePageAsAChartNeeds(Scheme scheme) throws IOException {
        Palette palette = palette(scheme);
        for (int i = 0; i < LEVELS; i++) {
            assertThat(contrast(palette.fills().get(i), palette.background()))
                    .as("%s: SEV%d %s against the page %s", scheme, i + 1, palette.fills().get(i), palette.background())
                    .isGreaterThanOrEqualTo(GRAPHIC);
        }
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void worseLevelsAreDarkerAndNeighboursDifferForEveryColourVision(Scheme scheme) throws IOException {
        List<String> fills = palette(scheme).fills();
        for (Vision vision : Vision.values()) {
            for (int i = 0; i + 1 < LEVELS; i++) {
                double worse = vision.luminance(fills.get(i));
                double milder = vision.luminance(fills.get(i + 1));
                assertThat(worse).as("%s, %s: SEV%d is darker than SEV%d", scheme, vision, i + 1, i + 2)
                        .isLessThan(milder);
                assertThat(ratio(worse, milder)).as("%s, %s: SEV%d %s against SEV%d %s", scheme, vision, i + 1,
                        fills.get(i), i + 2, fills.get(i + 1)).isGreaterThanOrEqualTo(NEIGHBOURS);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void noLevelIsGreen(Scheme scheme) throws IOException {
        List<String> fills = palette(scheme).fills();
        for (int i = 0; i < LEVELS; i++) {
            double hue = hue(fills.get(i));
            assertThat(hue >= GREEN_FROM && hue <= GREEN_TO).as("%s: SEV%d %s has a green hue, %.0f degrees", scheme,
                    i + 1, fills.get(i), hue).isFalse();
        }
    }

    @Test
    void printUsesTheLightColoursWhateverTheReadersScheme() throws IOException {
        assertThat(palette(Scheme.PRINT_DARK)).isEqualTo(palette(Scheme.PRINT_LIGHT));
        assertThat(palette(Scheme.PRINT_DARK).fills()).isEqualTo(palette(Scheme.LIGHT).fills());
    }

    /** The measures, applied to the colours the issue measured, find what the issue found. */
    @Test
    void theMeasuresFindTheFaultsOfTheOldPalette() {
        // light theme before issue 15: --sev1 ... --sev4
        String sev1 = "#a4161a";
        String sev2 = "#c2410c";
        String sev3 = "#a16207";
        String sev4 = "#3f6212";
        assertThat(contrast(sev2, sev3)).as("SEV2 against SEV3").isBetween(1.04, 1.06);
        // red and green of the same lightness: told apart by hue alone, which a deuteranope does not see
        assertThat(contrast(sev1, sev4)).as("SEV1 against SEV4").isLessThan(1.1);
        assertThat(Vision.NORMAL.distance(sev1, sev4)).as("SEV1 and SEV4, normal vision").isGreaterThan(0.3);
        assertThat(Vision.DEUTERANOPIA.distance(sev1, sev4)).as("SEV1 and SEV4, deuteranopia").isLessThan(0.03);
        assertThat(hue(sev4)).isBetween(GREEN_FROM, GREEN_TO);
        assertThat(hue("#a8d672")).isBetween(GREEN_FROM, GREEN_TO);
        assertThat(contrast("#000", "#fff")).isCloseTo(21.0, offset(1e-9));
    }

    /** Prints the figures the README's severity section quotes. */
    @Test
    void printsTheFigures() throws IOException {
        for (Scheme scheme : List.of(Scheme.LIGHT, Scheme.DARK)) {
            Palette palette = palette(scheme);
            System.out.printf("%s, page %s%n", scheme, palette.background());
            for (int i = 0; i < LEVELS; i++) {
                String fill = palette.fills().get(i);
                System.out.printf(Locale.ROOT, "  SEV%d %s hue %3.0f, L* %4.1f, text %s %5.2f:1, against the page"
                        + " %5.2f:1%n", i + 1, fill, hue(fill), lightness(fill), palette.texts().get(i),
                        contrast(palette.texts().get(i), fill), contrast(fill, palette.background()));
            }
            for (int i = 0; i + 1 < LEVELS; i++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  SEV%d/SEV%d:", i + 1, i + 2));
                for (Vision vision : Vision.values()) {
                    line.append(String.format(Locale.ROOT, " %s %.2f:1", vision.name().toLowerCase(Locale.ROOT),
                            ratio(vision.luminance(palette.fills().get(i)),
                                    vision.luminance(palette.fills().get(i + 1)))));
                }
                System.out.println(line);
            }
        }
        assertThat(palette(Scheme.LIGHT).fills()).hasSize(LEVELS);
    }

    private static Palette palette(Scheme scheme) throws IOException {
        Map<String, String> properties = properties(scheme);
        List<String> fills = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int level = 1; level <= LEVELS; level++) {
            fills.add(colour(properties, "--sev" + level));
            texts.add(colour(properties, "--sev" + level + "-fg"));
        }
        return new Palette(fills, texts, colour(properties, "--bg"));
    }

    private static String colour(Map<String, String> properties, String name) {
        String value = properties.get(name);
        assertThat(value).as("%s in pm.css", name).isNotNull().matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");
        return value.toLowerCase(Locale.ROOT);
    }

    /** The custom properties of {@code :root} under {@code scheme}: every matching rule in order, the last wins. */
    private static Map<String, String> properties(Scheme scheme) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Rule rule : rules(stylesheet())) {
            if (rule.selector().equals(":root") && applies(rule.media(), scheme)) {
                rule.declarations().forEach((name, value) -> {
                    if (name.startsWith("--")) {
                        properties.put(name, value);
                    }
                });
            }
        }
        return properties;
    }

    /** Whether a media condition holds; only the conditions pm.css puts {@code :root} rules under are known. */
    private static boolean applies(String media, Scheme scheme) {
        if (media == null) {
            return true;
        }
        boolean all = true;
        for (String term : media.strip().split("\\s+and\\s+")) {
            all &= switch (term.replaceAll("\\s+", "")) {
                case "screen" -> !scheme.print;
                case "print" -> scheme.print;
                case "(prefers-color-scheme:dark)" -> scheme.dark;
                case "(prefers-color-scheme:light)" -> !scheme.dark;
                default -> throw new IllegalArgumentException("this test does not know the media condition '"
                        + term + "' that a :root rule of pm.css is under; teach it");
            };
        }
        return all;
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = SeverityPaletteTest.class.getResourceAsStream("/dev/pm/theme/static/assets/pm.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The style rules of a stylesheet in source order, those inside {@code @media} blocks with their condition. */
    private static List<Rule> rules(String css) {
        List<Rule> rules = new ArrayList<>();
        collect(css.replaceAll("(?s)/\\*.*?\\*/", ""), null, rules);
        return rules;
    }

    private static void collect(String css, String media, List<Rule> rules) {
        int at = 0;
        while (true) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                return;
            }
            String head = css.substring(at, open).strip();
            int close = matchingBrace(css, open);
            String body = css.substring(open + 1, close);
            if (head.startsWith("@media")) {
                String condition = head.substring("@media".length()).strip();
                collect(body, media == null ? condition : media + " and " + condition, rules);
            } else {
                Map<String, String> declarations = new LinkedHashMap<>();
                for (String declaration : body.split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).strip(),
                                declaration.substring(colon + 1).strip());
                    }
                }
                rules.add(new Rule(media, head, declarations));
            }
            at = close + 1;
        }
    }

    private static int matchingBrace(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in pm.css after offset " + open);
    }

    /** Red, green and blue of {@code #rgb} or {@code #rrggbb}, from 0 to 1, as written (sRGB). */
    private static double[] srgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
        }
        return rgb;
    }

    /** The same in linear light, as WCAG's relative luminance defines it. */
    private static double[] linear(String hex) {
        double[] rgb = srgb(hex);
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    private static double contrast(String a, String b) {
        return ratio(Vision.NORMAL.luminance(a), Vision.NORMAL.luminance(b));
    }

    /** WCAG's contrast ratio of two relative luminances. */
    private static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** CIELAB L*, for the printed figures. */
    private static double lightness(String hex) {
        double y = Vision.NORMAL.luminance(hex);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
    }

    /** The HSV hue in degrees; a grey has none, and is given -1. */
    private static double hue(String hex) {
        double[] c = srgb(hex);
        double max = Math.max(c[0], Math.max(c[1], c[2]));
        double min = Math.min(c[0], Math.min(c[1], c[2]));
        double chroma = max - min;
        if (chroma == 0) {
            return -1;
        }
        double h;
        if (max == c[0]) {
            h = ((c[1] - c[2]) / chroma) % 6;
        } else if (max == c[1]) {
            h = (c[2] - c[0]) / chroma + 2;
        } else {
            h = (c[0] - c[1]) / chroma + 4;
        }
        return (h * 60 + 360) % 360;
    }
}
