package dev.pm.core.site.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.site.MessageBundle;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    private final List<Diagnostic> problems;

    private Messages(MessageBundle bundle, List<Diagnostic> problems) {
        this.bundle = bundle;
        this.problems = List.copyOf(problems);
    }

    public static Messages load(Locale locale, Optional<Path> themeDirectory) {
        ClassLoader loader = Messages.class.getClassLoader();
        String name = BUNDLED.substring(1) + "messages";
        MessageBundle bundled = MessageBundle.load(loader, name, locale);
        if (themeDirectory.isEmpty()) {
            return new Messages(bundled, List.of());
        }
        Map<String, String> english = MessageBundle.load(loader, name, Locale.ROOT).messages();
        Map<String, String> values = new LinkedHashMap<>(bundled.messages());
        List<Diagnostic> problems = new ArrayList<>();
        for (String file : MessageBundle.fileNames("messages", locale)) {
            Path path = themeDirectory.get().resolve(file + ".properties");
            if (Files.isRegularFile(path)) {
                try {
                    ThemeMessageFile.Read read = ThemeMessageFile.read(path, english, locale);
                    values.putAll(read.messages());
                    problems.addAll(read.problems());
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException("cannot read " + path + ": " + e.getMessage(), e));
                }
            }
        }
        return new Messages(MessageBundle.of(values, locale), problems);
    }

    /**
     * What the theme folder's messages files hold that pm cannot use as written, each at its line; a site is not
     * rendered with them.
     */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** The messages as a bundle, to fill in by the same rules outside the templates. */
    public MessageBundle bundle() {
        return bundle;
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
        String message = bundle.messages().get(key);
        if (message == null) {
            throw new TemplateModelException("no message '" + key + "' in the theme's messages*.properties");
        }
        return new SimpleScalar(message);
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
