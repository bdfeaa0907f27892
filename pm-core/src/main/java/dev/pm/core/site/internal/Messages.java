package dev.pm.core.site.internal;

import dev.pm.core.site.MessageBundle;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code ${msg("home_count", n)}} for one with values, filled in by {@link MessageBundle}'s rules (the forms for
 * one and other numbers, {@code plural.zero_is_one}), which other front ends with words of their own share.
 *
 * <p>Public for {@link dev.pm.core.site.SectionHtml}, which writes the theme's words into postmortems shown by
 * anything else.
 */
public final class Messages implements TemplateHashModel, TemplateMethodModelEx {

    static final String BUNDLED = "/dev/pm/theme/";
    private final MessageBundle bundle;

    private Messages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale, Optional<Path> themeDirectory) {
        MessageBundle bundled = MessageBundle.load(Messages.class.getClassLoader(), BUNDLED.substring(1) + "messages",
                locale);
        if (themeDirectory.isEmpty()) {
            return new Messages(bundled);
        }
        Map<String, String> values = new LinkedHashMap<>(bundled.messages());
        for (String name : MessageBundle.fileNames("messages", locale)) {
            Path file = themeDirectory.get().resolve(name + ".properties");
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    values.putAll(read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new Messages(MessageBundle.of(values, locale));
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
        return bundle.text(key);
    }

    boolean has(String key) {
        return bundle.has(key);
    }

    /** The message for {@code key} with its values, chosen for the first value's number where it has forms. */
    public String format(String key, Object... args) {
        return bundle.format(key, args);
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
        return bundle.locale();
    }

    /** Every key and its message, for tests. */
    Map<String, String> all() {
        return bundle.messages();
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        if (!bundle.has(key)) {
            throw new TemplateModelException("no message '" + key + "' in the theme's messages*.properties");
        }
        return new SimpleScalar(bundle.text(key));
    }

    @Override
    public boolean isEmpty() {
        return bundle.messages().isEmpty();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg(...) needs a message key");
        }
        String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
        if (!bundle.has(key) && !bundle.has(key + ".one")) {
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
