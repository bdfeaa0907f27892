package dev.pm.core.site.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.internal.Utf8;
import dev.pm.core.read.ReadRule;
import dev.pm.core.site.MessageBundle;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code messages*.properties} file of a project's theme folder, read as UTF-8 and held against the bundled
 * English messages. What pm cannot use as written is a diagnostic at its line, naming the key and the fix: a
 * message without one of the values pm fills in ({@code {1}}) would lose that value from every page without a
 * word, and a month pattern pm cannot read, a malformed {@code \u005Cu} escape or bytes that are not UTF-8 would
 * stop the build with an exception that names neither the file nor the key.
 */
final class ThemeMessageFile {

    /** The key of the pattern the months of year pages are written in, read by {@link DateTimeFormatter}. */
    static final String MONTH_PATTERN = "date.month_pattern";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    /** A {@code \u005Cu} that an odd number of backslashes starts and four hexadecimal digits do not follow. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

    /**
     * What a file gave.
     *
     * @param messages its keys and messages; none when it could not be read at all
     * @param problems what pm cannot use as written, in the order of the file's lines
     */
    record Read(Map<String, String> messages, List<Diagnostic> problems) {
    }

    private ThemeMessageFile() {
    }

    /**
     * Reads {@code file} and checks each message that {@code english} has too against it.
     *
     * @param locale the site's locale, which the month pattern is read in
     * @throws IOException when the file cannot be read
     */
    static Read read(Path file, Map<String, String> english, Locale locale) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Utf8.Decoded utf8 = Utf8.decode(bytes);
        if (utf8.malformed().isPresent()) {
            Utf8.Malformed bad = utf8.malformed().get();
            return new Read(Map.of(), List.of(ReadRule.ENCODING.diagnostic(file, bad.line(), bad.column(),
                    bad.describe() + ": save the file as UTF-8 (pm reads the theme's messages*.properties as"
                            + " UTF-8, not as ISO-8859-1)")));
        }
        String text = utf8.text().orElseThrow();
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            // the one thing Properties refuses: a backslash-u escape without four hexadecimal digits, outside a
            // comment, where Properties reads no escapes
            Lines lines = Lines.of(text);
            int line = 0;
            int column = 0;
            for (int i = 0; i < lines.text().length && line == 0; i++) {
                Matcher escape = BAD_ESCAPE.matcher(lines.text()[i]);
                if (!lines.comments()[i] && escape.find()) {
                    line = i + 1;
                    column = escape.end() - 1;
                }
            }
            return new Read(Map.of(), List.of(ReadRule.THEME_MESSAGES.diagnostic(file, Math.max(line, 1),
                    Math.max(column, 1),
                    "a \\u escape without four hexadecimal digits: write a character as \\u followed by four"
                            + " hexadecimal digits (\\u00e9 for é), or write it as it is, since pm reads the file"
                            + " as UTF-8; a backslash of its own is written \\\\")));
        }
        Map<String, String> messages = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String message = properties.getProperty(key);
            messages.put(key, message);
            String shipped = english.get(key);
            Optional<String> problem;
            if (shipped == null) {
                problem = countFormProblem(key, english);
            } else if (key.equals(MessageBundle.ZERO_IS_ONE)) {
                problem = notTrueOrFalse(key, message);
            } else if (key.equals(MONTH_PATTERN)) {
                problem = notAMonthPattern(message, shipped, locale);
            } else {
                problem = placeholderProblem(key, message, shipped);
            }
            problem.ifPresent(p -> problems.add(ReadRule.THEME_MESSAGES.diagnostic(file, lineOfKey(text, key), 1, p)));
        }
        problems.sort(Diagnostic.ORDER);
        return new Read(messages, problems);
    }

    /**
     * What is wrong with a key English does not have, if it is a count's form that pm would never use (a form
     * other than {@code .one} and {@code .other}, such as a Polish {@code .few}, or the message written for every
     * number) or use wrongly (forms of a message that has none, which made pages show {@code [KEY.other]}); a key
     * of the project's own is nothing of pm's.
     */
    private static Optional<String> countFormProblem(String key, Map<String, String> english) {
        int dot = key.lastIndexOf('.');
        String counted = dot < 0 ? "" : key.substring(0, dot);
        if (!counted.isEmpty() && english.containsKey(counted + ".one") && !key.endsWith(".one")
                && !key.endsWith(".other")) {
            return Optional.of("message '" + key + "' is never used: pm writes a count with '" + counted + ".one' for"
                    + " one (and, with " + MessageBundle.ZERO_IS_ONE + "=true, for none) and '" + counted + ".other'"
                    + " for every other number, so a language with more forms writes the one it uses for the"
                    + " other numbers in '" + counted + ".other'");
        }
        if (english.containsKey(key + ".one")) {
            return Optional.of("message '" + key + "' is never used: pm writes a count with '" + key + ".one' for one"
                    + " and '" + key + ".other' for other numbers; write those two, as the English messages do: \""
                    + english.get(key + ".one") + "\" and \"" + english.get(key + ".other") + "\"");
        }
        for (String form : new String[] {".one", ".other"}) {
            String base = key.endsWith(form) ? key.substring(0, key.length() - form.length()) : "";
            if (!base.isEmpty() && english.containsKey(base)) {
                return Optional.of("message '" + base + "' has no forms for counts, so '" + key + "' would make"
                        + " pages show [" + base + ".other] or [" + base + ".one]: write '" + base + "' alone, as"
                        + " the English message does: \"" + english.get(base) + "\"");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a switch's value, if it is neither {@code true} nor {@code false}. */
    private static Optional<String> notTrueOrFalse(String key, String message) {
        return message.equals("true") || message.equals("false") ? Optional.empty()
                : Optional.of("message '" + key + "' is '" + message + "', which pm reads as false: write true or"
                        + " false");
    }

    /**
     * What is wrong with {@code message} for key {@code key}, if anything, given the English message pm ships:
     * a value pm fills in that it leaves out, or a placeholder pm gives no value. The singular form of a count
     * ({@code KEY.one}) may leave out the count, {@code {0}}: many languages say "gestern" or "hier" for one day
     * ago, and the form is only used for one (and, with {@code plural.zero_is_one}, for none).
     */
    static Optional<String> placeholderProblem(String key, String message, String english) {
        SortedSet<String> filledIn = placeholders(english);
        SortedSet<String> written = placeholders(message);
        if (written.equals(filledIn)) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        SortedSet<String> missing = new TreeSet<>(filledIn);
        missing.removeAll(written);
        if (key.endsWith(".one")) {
            missing.remove("{0}");
        }
        if (!missing.isEmpty()) {
            wrong.add("has no " + together(missing) + ", so " + (missing.size() == 1 ? "that value" : "those values")
                    + " would be lost");
        }
        SortedSet<String> unknown = new TreeSet<>(written);
        unknown.removeAll(filledIn);
        if (missing.isEmpty() && unknown.isEmpty()) {
            return Optional.empty();
        }
        if (!unknown.isEmpty()) {
            wrong.add("has " + together(unknown) + ", for which pm has no value");
        }
        String fix = filledIn.isEmpty() ? "pm fills in none here: write the message without placeholders"
                : "pm fills in " + together(filledIn) + ": write " + (filledIn.size() == 1 ? "it" : "each")
                        + " where its value goes";
        return Optional.of("message '" + key + "' " + String.join(" and ", wrong) + "; " + fix
                + ", as the English message does: \"" + english + "\"");
    }

    /** {@code {0}}, {@code {0} and {1}}, {@code {0}, {1} and {2}}. */
    private static String together(SortedSet<String> placeholders) {
        List<String> all = List.copyOf(placeholders);
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    private static SortedSet<String> placeholders(String message) {
        SortedSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Why {@code pattern} cannot write a month, if it cannot: a day is all that year pages give it. */
    private static Optional<String> notAMonthPattern(String pattern, String english, Locale locale) {
        try {
            DateTimeFormatter.ofPattern(pattern, locale).format(LocalDate.of(2026, 3, 12));
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.of("message '" + MONTH_PATTERN + "' is not a date pattern (" + e.getMessage() + "): write"
                    + " one with the pattern letters of java.time's DateTimeFormatter, as the English message does: \""
                    + english + "\"");
        }
    }

    /**
     * The line of the last definition of {@code key}, which is the one that counts, read as Properties reads keys
     * (escapes and all), and never a comment or a value's continuation line; 1 when it is not found.
     */
    private static int lineOfKey(String text, String key) {
        Lines lines = Lines.of(text);
        for (int i = lines.text().length - 1; i >= 0; i--) {
            if (lines.starts()[i] && !lines.comments()[i]) {
                Properties entry = new Properties();
                try {
                    entry.load(new StringReader(lines.text()[i]));
                } catch (IOException | IllegalArgumentException e) {
                    continue;
                }
                if (entry.containsKey(key)) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    /**
     * A file's lines as Properties reads them: which start an entry or a comment (the line before does not end in
     * an odd number of backslashes, or is a comment), and which are comments ({@code #} or {@code !} first).
     */
    private record Lines(String[] text, boolean[] starts, boolean[] comments) {

        static Lines of(String file) {
            String[] text = file.split("\r\n|\r|\n", -1);
            boolean[] starts = new boolean[text.length];
            boolean[] comments = new boolean[text.length];
            for (int i = 0; i < text.length; i++) {
                starts[i] = i == 0 || comments[i - 1] || !continues(text[i - 1]);
                String content = text[i].stripLeading();
                comments[i] = starts[i] && (content.startsWith("#") || content.startsWith("!"));
            }
            return new Lines(text, starts, comments);
        }

        private static boolean continues(String line) {
            int backslashes = 0;
            while (backslashes < line.length() && line.charAt(line.length() - 1 - backslashes) == '\\') {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }
    }
}
