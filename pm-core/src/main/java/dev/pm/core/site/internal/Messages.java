package dev.pm.core.site.internal;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The theme's words: every label, unit and message, from {@code dev/pm/theme/messages*.properties} (UTF-8),
 * the most specific file first ({@code messages_de_CH}, {@code messages_de}, then {@code messages}, English), and
 * before them the same files in the project's theme folder, which add a language or override single keys.
 *
 * <p>Templates read it as the variable {@code msg}, which every page holds: {@code ${msg.nav_latest}} for a label, and
 * {@code ${msg("home_count", n)}} for one with values: {@code {0}}, {@code {1}} ... are replaced by the values,
 * and when the first value is a number and {@code KEY.one} / {@code KEY.other} exist, {@code KEY.one} is used for
 * one (and, where the bundle sets {@code plural.zero_is_one=true}, as French does, for zero).
 *
 * <p>Public for {@link dev.pm.core.site.SectionHtml}, which writes the theme's words into postmortems shown by
 * anything else.
 */
public final class Messages implements TemplateHashModel, TemplateMethodModelEx {

    static final String BUNDLED = "/dev/pm/theme/";
    private final Map<String, String> values;
    private final Locale locale;

    private Messages(Map<String, String> values, Locale locale) {
        this.values = values;
        this.locale = locale;
    }

    public static Messages load(Locale locale, Optional<Path> themeDirectory) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add("messages");
        if (!locale.getLanguage().isEmpty()) {
            names.add("messages_" + locale.getLanguage());
            if (!locale.getCountry().isEmpty()) {
                names.add("messages_" + locale.getLanguage() + "_" + locale.getCountry());
            }
        }
        for (String name : names) {
            try (InputStream in = Messages.class.getResourceAsStream(BUNDLED + name + ".properties")) {
                if (in != null) {
                    values.putAll(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (themeDirectory.isPresent()) {
            for (String name : names) {
                Path file = themeDirectory.get().resolve(name + ".properties");
                if (Files.isRegularFile(file)) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        values.putAll(read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return new Messages(Collections.unmodifiableMap(values), locale);
    }

    private static Map<String, String> read(Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    /** The message for {@code key}, or the key in brackets, so that a missing message shows but breaks nothing. */
    public String text(String key) {
        return values.getOrDefault(key, "[" + key + "]");
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The message for {@code key} with its values, chosen for the first value's number where it has forms. */
    public String format(String key, Object... args) {
        String chosen = key;
        if (args.length > 0 && args[0] instanceof Number n && has(key + ".one")) {
            long count = n.longValue();
            boolean one = count == 1 || count == 0 && "true".equals(values.get("plural.zero_is_one"));
            chosen = key + (one ? ".one" : ".other");
        }
        String text = text(chosen);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** "47 min", "1 h 30 min", "2 d 3 h" in the bundle's units; under a minute, its "under 1 min". */
    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return text("duration.under_minute");
        }
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return hours > 0 ? join(format("duration.days", days), format("duration.hours", hours))
                    : format("duration.days", days);
        }
        if (hours > 0) {
            return rest > 0 ? join(format("duration.hours", hours), format("duration.minutes", rest))
                    : format("duration.hours", hours);
        }
        return format("duration.minutes", rest);
    }

    private String join(String larger, String smaller) {
        return format("duration.join", larger, smaller);
    }

    Locale locale() {
        return locale;
    }

    /** Every key and its message, for tests. */
    Map<String, String> all() {
        return values;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        if (!values.containsKey(key)) {
            throw new TemplateModelException("no message '" + key + "' in the theme's messages*.properties");
        }
        return new SimpleScalar(values.get(key));
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg(...) needs a message key");
        }
        String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
        if (!values.containsKey(key) && !values.containsKey(key + ".one")) {
            throw new TemplateModelException("no message '" + key + "' in the theme's messages*.properties");
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            Object a = arguments.get(i);
            args[i - 1] = a instanceof TemplateNumberModel n ? n.getAsNumber()
                    : a instanceof TemplateScalarModel s ? s.getAsString() : String.valueOf(a);
        }
        return new SimpleScalar(format(key, args));
    }
}
