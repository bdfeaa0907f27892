package dev.pm.maven;

import dev.pm.core.site.MessageBundle;
import java.text.NumberFormat;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of {@code pm:report}'s page in one locale, from {@code dev/pm/maven/report*.properties} (UTF-8): the
 * most specific file of the locale, then English, filled in by the rules of the site's theme
 * ({@link MessageBundle}). As Maven's own reports do, the page follows the locale the site is rendered in;
 * {@link Locale#ROOT} (maven-site-plugin's {@code default}) and languages pm does not ship give English, whatever
 * the machine's locale, so that a build gives the same page everywhere.
 */
final class ReportText {

    private static final String BUNDLE = "dev/pm/maven/report";

    /** The languages the page has words in: English ({@code report.properties}), then one file each. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ja");

    private final MessageBundle bundle;
    private final NumberFormat numbers;

    ReportText(Locale locale) {
        this.bundle = MessageBundle.load(ReportText.class.getClassLoader(), BUNDLE, locale);
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /**
     * The locale named by {@code pm:report}'s {@code locale} parameter: {@code de}, {@code pt_BR}, {@code pt-BR};
     * blank or {@code default} for {@link Locale#ROOT}, as Maven's reports read it.
     *
     * @throws IllegalArgumentException naming the value and the languages the page ships in, when it is no
     *     language tag
     */
    static Locale parse(String name) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("default")) {
            return Locale.ROOT;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(name.strip().replace('_', '-')).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // the same answer as for a tag without a language, below: the value as given and what to write
        }
        throw new IllegalArgumentException("locale (pm.locale) '" + name + "' is not a language tag: write one of"
                + " the languages pm's report ships, " + String.join(", ", LANGUAGES) + ", with a country if you"
                + " like (de-CH, pt_BR), or default for English");
    }

    /**
     * What to tell a user who asked for {@code locale} when pm ships no words in its language: the page is then in
     * English, as in a Maven site whose {@code <locales>} name a language pm lacks, which must still build.
     */
    static Optional<String> englishInstead(Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty() || LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        return Optional.of("pm's report has no " + locale.getDisplayLanguage(Locale.ENGLISH) + " (" + language
                + ") words, so the page is in English; it ships " + String.join(", ", LANGUAGES));
    }

    String text(String key) {
        return bundle.text(key);
    }

    /** The message with its values, in the form the first value's number takes, numbers as {@link #number}. */
    String format(String key, Object... values) {
        return bundle.format(numbers, key, values);
    }

    /** A count in the locale's digits and grouping: {@code 1,234}, {@code 1.234}. */
    String number(long n) {
        return numbers.format(n);
    }
}
