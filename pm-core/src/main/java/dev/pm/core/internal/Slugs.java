package dev.pm.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Makes URL-safe slugs: lower-case ASCII letters, digits and single hyphens, at most {@value #MAX_LENGTH}
 * characters. Whatever the input, a slug can never name a parent folder or contain a separator.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"),
            Map.entry('Ø', "o"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ł', "l"),
            Map.entry('Ł', "l"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('þ', "th"),
            Map.entry('Þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"));

    private Slugs() {
    }

    /** The slug of {@code text}; empty when nothing URL-safe is left. */
    public static String slugify(String text) {
        StringBuilder ascii = new StringBuilder();
        for (char c : text.toCharArray()) {
            String replacement = SPECIAL.get(c);
            ascii.append(replacement != null ? replacement : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(ascii, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                pendingHyphen = true;
            }
        }
        String result = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug.toString();
        while (result.endsWith("-")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
