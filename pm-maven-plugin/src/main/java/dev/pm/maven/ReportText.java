package dev.pm.maven;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of {@code pm:report}'s page in one locale, from {@code dev/pm/maven/report*.properties} (UTF-8): the
 * most specific file of the locale, then English. As Maven's own reports do, the page follows the locale the site
 * is rendered in; {@link Locale#ROOT} (maven-site-plugin's {@code default}) and languages pm does not ship give
 * English, whatever the machine's locale, so that a build gives the same page everywhere.
 */
final class ReportText {

    private static final String BUNDLE = "dev.pm.maven.report";

    private final ResourceBundle bundle;
    private final NumberFormat numbers;

    ReportText(Locale locale) {
        // no fallback to the JVM's default locale: an English site on a German machine stays English
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The message with {@code {0}}, {@code {1}} ... replaced; a first value that is a number picks the form. */
    String format(String key, Object... values) {
        String chosen = key;
        if (values.length > 0 && values[0] instanceof Number n && bundle.containsKey(key + ".one")) {
            chosen = key + (n.longValue() == 1 ? ".one" : ".other");
        }
        String text = text(chosen);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i] instanceof Number n ? number(n.longValue())
                    : String.valueOf(values[i]));
        }
        return text;
    }

    /** A count in the locale's digits and grouping: {@code 1,234}, {@code 1.234}. */
    String number(long n) {
        return numbers.format(n);
    }
}
