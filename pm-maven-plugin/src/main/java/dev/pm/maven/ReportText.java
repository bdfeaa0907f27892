package dev.pm.maven;

import dev.pm.core.site.MessageBundle;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The words of {@code pm:report}'s page in one locale, from {@code dev/pm/maven/report*.properties} (UTF-8): the
 * most specific file of the locale, then English, filled in by the rules of the site's theme
 * ({@link MessageBundle}). As Maven's own reports do, the page follows the locale the site is rendered in;
 * {@link Locale#ROOT} (maven-site-plugin's {@code default}) and languages pm does not ship give English, whatever
 * the machine's locale, so that a build gives the same page everywhere.
 */
final class ReportText {

    private static final String BUNDLE = "dev/pm/maven/report";

    private final MessageBundle bundle;
    private final NumberFormat numbers;

    ReportText(Locale locale) {
        this.bundle = MessageBundle.load(ReportText.class.getClassLoader(), BUNDLE, locale);
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /**
     * The locale named by {@code pm:report}'s {@code locale} parameter: {@code de}, {@code pt_BR}, {@code pt-BR};
     * blank or {@code default} for {@link Locale#ROOT}, as Maven's reports read it.
     */
    static Locale parse(String name) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("default")) {
            return Locale.ROOT;
        }
        return Locale.forLanguageTag(name.strip().replace('_', '-'));
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
