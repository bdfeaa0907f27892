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
        if (isSlug(text)) {
            // The site asks for the segment of slugs made here before, for every link to a postmortem.
            return text;
        }
        if (isAscii(text)) {
            return asciiSlug(text);
        }
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
        return cut(slug);
    }

    /**
     * Whether {@code text} is its own slug: runs of lower-case ASCII letters and digits joined by single hyphens,
     * at most {@value #MAX_LENGTH} characters. {@link #slugify} gives such text back as it is.
     */
    private static boolean isSlug(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_LENGTH || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '-' ? text.charAt(i - 1) == '-' : !isLowerCaseLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The slug of ASCII text, as {@link #slugify} makes it without its general steps: ASCII has no special letter,
     * NFKD leaves it as it is, lower case changes only A to Z, and it has no combining mark.
     */
    private static String asciiSlug(String text) {
        StringBuilder slug = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        boolean pendingHyphen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (isLowerCaseLetterOrDigit(lower)) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.append(lower);
            } else {
                pendingHyphen = true;
            }
        }
        return cut(slug);
    }

    private static boolean isLowerCaseLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** {@code slug} cut to {@value #MAX_LENGTH} characters, without a hyphen at the end. */
    private static String cut(StringBuilder slug) {
        String result = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug.toString();
        while (result.endsWith("-")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
