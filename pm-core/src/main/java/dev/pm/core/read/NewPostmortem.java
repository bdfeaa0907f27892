package dev.pm.core.read;

import dev.pm.core.OutputRefusedException;
import dev.pm.core.internal.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes a new postmortem from the template bundled in pm-core, with every section and short guidance: a
 * draft that parses and passes the quality rules as it is, so an author starts from something valid.
 */
public final class NewPostmortem {

    private static final String TEMPLATE = "/dev/pm/core/new/postmortem.md";

    private NewPostmortem() {
    }

    /** The file a postmortem with this title, written on {@code day}, gets: {@code <day>-<slug>.md}. */
    public static Path fileFor(Path sourceDirectory, String title, LocalDate day) {
        String slug = Slugs.slugify(title);
        return sourceDirectory.resolve(day + "-" + (slug.isEmpty() ? "postmortem" : slug) + ".md");
    }

    /**
     * Creates the file and its folder.
     *
     * @param title the postmortem's title
     * @param day today, in the archive's zone: the publication date and the day of the incident to edit
     * @param zone the archive's zone, whose offset the incident times are written with
     * @param severity the severity label the draft starts with
     * @return the file written
     * @throws FileAlreadyExistsException when the file exists: it is never overwritten
     * @throws OutputRefusedException when {@code sourceDirectory} is a file, not a folder; nothing was written
     * @throws IllegalArgumentException when the title is blank
     */
    public static Path create(Path sourceDirectory, String title, LocalDate day, ZoneId zone, String severity)
            throws IOException {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a title is needed: pass it with -Dpm.title=\"Checkout outage\"");
        }
        if (Files.exists(sourceDirectory) && !Files.isDirectory(sourceDirectory)) {
            throw new OutputRefusedException(new OutputRefusedException.Refusal(sourceDirectory, "pm will not write"
                    + " the new"
                    + " postmortem: sourceDirectory (pm.sourceDirectory) " + sourceDirectory.toAbsolutePath()
                    + " is a file, not a folder; move the file away, or choose another sourceDirectory"));
        }
        Path file = fileFor(sourceDirectory, title.strip(), day);
        Files.createDirectories(sourceDirectory);
        String offset = DateTimeFormatter.ofPattern("xxx").format(day.atStartOfDay(zone));
        String text = template()
                .replace("{{title}}", yamlString(title.strip()))
                .replace("{{date}}", day.toString())
                .replace("{{offset}}", offset.equals("+00:00") ? "Z" : offset)
                .replace("{{severity}}", severity)
                .replace("{{due}}", day.plusDays(30).toString());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    /** A double-quoted YAML scalar, so that colons, quotes and leading symbols in a title stay text. */
    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String template() {
        try (InputStream in = NewPostmortem.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("pm-core is missing its resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
