package dev.pm.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

/**
 * Translated words and the rules pm fills them in by, in one place: the site's theme ({@code msg} in its
 * templates) and front ends with words of their own, such as the Maven site's "Postmortems" page, count and fill
 * in alike.
 *
 * <p>A bundle is a family of UTF-8 {@code .properties} files: {@code NAME.properties} (English), then
 * {@code NAME_<language>.properties} and {@code NAME_<language>_<COUNTRY>.properties}, each overriding single keys
 * of the one before. A message's values go where it writes {@code {0}}, {@code {1}} ... When the first value is a
 * number and the bundle has {@code KEY.one} and {@code KEY.other}, {@code KEY.one} is used for one and, where the
 * bundle sets {@code plural.zero_is_one=true} (French counts "0 postmortem"), for zero; {@code KEY.other} for any
 * other number.
 */
public final class MessageBundle {

    /** The key that says whether zero takes a message's {@code .one} form: {@code true} or {@code false}. */
    public static final String ZERO_IS_ONE = "plural.zero_is_one";

    private final Map<String, String> messages;
    private final Locale locale;

    private MessageBundle(Map<String, String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A bundle of {@code messages} (key to message) in {@code locale}. */
    public static MessageBundle of(Map<String, String> messages, Locale locale) {
        return new MessageBundle(Collections.unmodifiableMap(new LinkedHashMap<>(messages)),
                Objects.requireNonNull(locale, "locale"));
    }

    /**
     * The bundle {@code name}, a resource path without {@code .properties} such as {@code dev/pm/maven/report}, in
     * {@code locale}, read through {@code loader}. Only the files of {@code locale} are read, never those of the
     * machine's default locale: {@link Locale#ROOT} and a language without a file give English everywhere.
     *
     * @throws UncheckedIOException when a file of the bundle cannot be read
     */
    public static MessageBundle load(ClassLoader loader, String name, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String file : fileNames(name, locale)) {
            try (InputStream in = loader.getResourceAsStream(file + ".properties")) {
                if (in != null) {
                    messages.putAll(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(messages, locale);
    }

    /**
     * The names of the files of bundle {@code name} in {@code locale}, without {@code .properties}, the most general
     * first: {@code messages}, {@code messages_de}, {@code messages_de_CH}.
     */
    public static List<String> fileNames(String name, Locale locale) {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (!locale.getLanguage().isEmpty()) {
            names.add(name + "_" + locale.getLanguage());
            if (!locale.getCountry().isEmpty()) {
                names.add(name + "_" + locale.getLanguage() + "_" + locale.getCountry());
            }
        }
        return names;
    }

    private static Map<String, String> read(Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    public Locale locale() {
        return locale;
    }

    /** Every key and its message. */
    public Map<String, String> messages() {
        return messages;
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    /** The message for {@code key}, or the key in brackets, so that a missing message shows but breaks nothing. */
    public String text(String key) {
        String message = messages.get(key);
        return message != null ? message : "[" + key + "]";
    }

    /**
     * The message for {@code key} with {@code values} in its places, in the form the first value's number takes;
     * every value written as {@link String#valueOf(Object)} writes it, as the site's pages write numbers.
     */
    public String format(String key, Object... values) {
        return fill(text(form(key, values)), values, String::valueOf);
    }

    /**
     * The message for {@code key} as {@link #format(String, Object...)} gives it, with each number among
     * {@code values} written by {@code numbers}, such as the locale's digits and grouping: {@code 1.200}.
     */
    public String format(NumberFormat numbers, String key, Object... values) {
        return fill(text(form(key, values)), values, numbers::format);
    }

    /** {@code KEY.one} or {@code KEY.other} when the first value is a number and the message has forms; else KEY. */
    private String form(String key, Object... values) {
        if (values.length == 0 || !(values[0] instanceof Number n) || !has(key + ".one")) {
            return key;
        }
        long count = n.longValue();
        boolean one = count == 1 || count == 0 && "true".equals(messages.get(ZERO_IS_ONE));
        return key + (one ? ".one" : ".other");
    }

    /**
     * The message with each {@code {i}} replaced by value i, in one pass: a value is never read as a message, so a
     * site title written "Ops {1} board" stays as written wherever a message shows it.
     */
    private static String fill(String message, Object[] values, Function<Number, String> numbers) {
        if (values.length == 0 || message.indexOf('{') < 0) {
            return message;
        }
        StringBuilder text = new StringBuilder(message.length() + 16 * values.length);
        int copied = 0;
        for (int open = message.indexOf('{'); open >= 0; open = message.indexOf('{', open + 1)) {
            int close = open + 1;
            int index = 0;
            while (close < message.length() && close - open <= 9 && message.charAt(close) >= '0'
                    && message.charAt(close) <= '9') {
                index = index * 10 + message.charAt(close) - '0';
                close++;
            }
            boolean written = close == open + 2 || close > open + 2 && message.charAt(open + 1) != '0';
            if (written && close < message.length() && message.charAt(close) == '}' && index < values.length) {
                text.append(message, copied, open).append(values[index] instanceof Number n ? numbers.apply(n)
                        : String.valueOf(values[index]));
                copied = close + 1;
            }
        }
        return text.append(message, copied, message.length()).toString();
    }
}
