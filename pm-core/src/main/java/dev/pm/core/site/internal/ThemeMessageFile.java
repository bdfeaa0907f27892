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
        Utf8.Decoded utf8 = Utf8.decode(bytes, 0);
        if (utf8.malformed().isPresent()) {
            Utf8.Malformed bad = utf8.malformed().get();
            return new Read(Map.of(), List.of(ReadRule.ENCODING.diagnostic(file, bad.line(), bad.column(),
                    bad.describe() + ": save the file as UTF-8 (pm reads the theme's messages*.properties as"
                            + " UTF-8, not as ISO-8859-1)")));
        }
        String decoded = utf8.text().orElseThrow();
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            // the one thing Properties refuses: a backslash-u escape without four hexadecimal digits
            Matcher escape = BAD_ESCAPE.matcher(text);
            int at = escape.find() ? escape.end() - 2 : 0;
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
            return new Read(Map.of(), List.of(ReadRule.THEME_MESSAGES.diagnostic(file, line, at - lineStart + 1,
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
     * What is wrong with a key English does not have, if it is a count's form that pm would never use (the forms
     * of a message written for every number) or use wrongly (forms of a message that has none, which made pages
     * show {@code [KEY.other]}); a key of the project's own is nothing of pm's.
     */
    private static Optional<String> countFormProblem(String key, Map<String, String> english) {
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

    /** The line of the last definition of {@code key}, which is the one that counts; 0 when it is not found. */
    private static int lineOfKey(String text, String key) {
        Pattern definition = Pattern.compile("^[ \\t\\f]*" + Pattern.quote(key) + "(?:[ \\t\\f]*[=:]|[ \\t\\f]|$)");
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (definition.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
