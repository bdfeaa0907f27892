package dev.pm.core.read;

import dev.pm.core.Diagnostic;
import java.nio.file.Path;

/**
 * The problems that stop pm from reading a postmortem as written, or from building the archive or the site from
 * it: the one place that names each rule's id, level, description and fix, so that what the code reports and
 * what the catalogue (SARIF, README) says cannot disagree. No setting switches these rules off or changes their
 * level. {@link #TEMPLATE}, {@link #THEME_MESSAGES} and {@link #UNPUBLISHED_LINK} are reported while rendering, not
 * reading (only then is it known what the build publishes, and with which theme), but are always on in the same way.
 */
public enum ReadRule implements Diagnostic.FixedRule {

    ENCODING("encoding", Diagnostic.Level.ERROR, "The file is UTF-8.", "Save the file as UTF-8."),
    EMPTY_FILE("empty-file", Diagnostic.Level.ERROR, "The file holds a postmortem.", "Write one in it, or delete it."),
    FRONT_MATTER("front-matter", Diagnostic.Level.ERROR, "The file opens with front matter between '---' lines.",
            "Start the file with '---', the fields, and '---'."),
    YAML("yaml", Diagnostic.Level.ERROR, "The front matter is valid YAML without duplicate keys.",
            "Fix the YAML at the position given."),
    REQUIRED_FIELD("required-field", Diagnostic.Level.ERROR,
            "title, date, severity and the incident start are given; resolved too once published.",
            "Add the missing field."),
    FIELD_TYPE("field-type", Diagnostic.Level.ERROR, "Each field has the shape it needs: a text, a list or a mapping.",
            "Write the field as the message says."),
    DATE_FORMAT("date-format", Diagnostic.Level.ERROR, "Dates are YYYY-MM-DD; times are ISO-8601.",
            "Write 2026-03-14 or 2026-03-12T09:14:00Z."),
    UNKNOWN_SEVERITY("unknown-severity", Diagnostic.Level.ERROR, "The severity is on the configured scale.",
            "Use one of the scale's labels."),
    INCIDENT_ORDER("incident-order", Diagnostic.Level.ERROR,
            "The incident runs start <= detected <= mitigated <= resolved.", "Correct the times."),
    UNKNOWN_KEY("unknown-key", Diagnostic.Level.WARNING, "Every front-matter key is known.",
            "Correct the key's spelling, or move template data under 'extra:'."),
    COMMA_LIST("comma-list", Diagnostic.Level.WARNING, "A single 'authors' text with a comma is meant as one name.",
            "Write several as [a, b], or one name with a comma as [\"Payments, EU\"]."),
    UNKNOWN_RULE("unknown-rule", Diagnostic.Level.WARNING, "'pm-check.ignore' names known rules.",
            "Correct the rule id."),
    MISSING_SECTION("missing-section", Diagnostic.Level.ERROR, "Regret, Reason and Remedy are all present.",
            "Add the missing '## ' section."),
    DUPLICATE_SECTION("duplicate-section", Diagnostic.Level.WARNING, "Each of the three R's appears once.",
            "Merge the two sections."),
    TIMELINE_ENTRY("timeline-entry", Diagnostic.Level.WARNING, "Each timeline entry starts with a time.",
            "Begin the entry with 2026-03-12 09:14 UTC, 9:14 AM or 09:14."),
    TIMELINE_ORDER("timeline-order", Diagnostic.Level.WARNING, "The timeline is in order.", "Reorder the entries."),
    TIMELINE_DAY("timeline-day", Diagnostic.Level.WARNING,
            "A timeline that starts before the incident's start day says on which day.",
            "Add a date sub-heading such as '#### 2026-03-11', or a date on the first entry."),
    TIMELINE_ZONE("timeline-zone", Diagnostic.Level.WARNING,
            "A timeline's heading or zone line ('All times in PDT') names a time zone pm knows.",
            "Write a zone id such as America/Los_Angeles, an abbreviation such as PDT, or UTC with an offset."),
    ACTION_ATTRIBUTE("action-attribute", Diagnostic.Level.WARNING,
            "Action item attributes are owner, due, done, ticket and type.", "Correct the attribute's name."),
    ACTION_TYPE("action-type", Diagnostic.Level.ERROR,
            "An action item's type is mitigate, prevent, detect or process.", "Correct the type."),
    BAD_SLUG("bad-slug", Diagnostic.Level.ERROR, "A URL-safe slug can be made from the file name or 'slug:'.",
            "Use letters or digits in the name."),
    DUPLICATE_SLUG("duplicate-slug", Diagnostic.Level.ERROR, "Every postmortem has its own slug.",
            "Rename one file or set 'slug:'."),
    UNKNOWN_RELATED("unknown-related", Diagnostic.Level.WARNING, "'related' names existing postmortems.",
            "Correct or remove the slug."),
    SOURCE_FOLDER("source-folder", Diagnostic.Level.ERROR, "The source folder exists and is a folder.",
            "Create it, or point 'sourceDirectory' at the folder of postmortems."),
    IO("io", Diagnostic.Level.ERROR, "The file can be read.", "Check its permissions."),
    MISSING_FILE("missing-file", Diagnostic.Level.WARNING,
            "Each relative link or image points at a file that exists.",
            "Correct the path, add the file next to the postmortem, or remove the link."),
    FILE_OUTSIDE("file-outside", Diagnostic.Level.WARNING,
            "A relative link or image points at a file inside the postmortem's folder.",
            "Move the file next to the postmortem (or into its page bundle) and link to it relatively."),
    UNSAFE_SVG("unsafe-svg", Diagnostic.Level.WARNING,
            "An SVG shown on a page holds no script, event attributes, javascript: URLs or foreignObject.",
            "Remove the script from the SVG, or export the picture as PNG."),
    UNPUBLISHED_LINK("unpublished-link", Diagnostic.Level.WARNING,
            "A link to another postmortem's file goes to one the build publishes.",
            "Publish the postmortem linked to, move the link into an {.internal} section, or remove the link."),
    HEADING_ID("heading-id", Diagnostic.Level.WARNING, "Each heading's id is its own on the page; one written with"
            + " {#...} is a valid HTML id (no spaces) and not one of the page's own (pm_..., fn-1, fnref-1).",
            "Write another id in the heading's braces, or give it one with {#...} after its words: letters, digits"
                    + " and '-'."),
    UNCLOSED_COMMENT("unclosed-comment", Diagnostic.Level.ERROR, "Every HTML comment ('<!--') is closed ('-->').",
            "End the comment with '-->' where it should stop."),
    MARKDOWN_DEPTH("markdown-depth", Diagnostic.Level.ERROR, "Block quotes and list levels together, and brackets,"
            + " nest at most 32 deep.", "Flatten the quotes or lists, or remove the extra brackets or marks."),
    INTERNAL_ERROR("internal-error", Diagnostic.Level.ERROR, "pm reads and renders the file without failing itself.",
            "Report it on pm's issue tracker with the file; meanwhile simplify what changed last."),
    TEMPLATE("template", Diagnostic.Level.ERROR, "The theme's templates render.",
            "Fix the template at the position given."),
    THEME_MESSAGES("theme-messages", Diagnostic.Level.ERROR, "The theme folder's messages*.properties can be used as"
            + " written: each message keeps the values pm fills in ({0}, {1} ...), and escapes and patterns parse.",
            "Write each placeholder of the English message where its value goes, or fix the escape or pattern.");

    private final String id;
    private final Diagnostic.Level level;
    private final String description;
    private final String hint;

    ReadRule(String id, Diagnostic.Level level, String description, String hint) {
        this.id = id;
        this.level = level;
        this.description = description;
        this.hint = hint;
    }

    /** The stable id shown in reports. */
    @Override
    public String id() {
        return id;
    }

    /** The level of every problem this rule reports. */
    @Override
    public Diagnostic.Level level() {
        return level;
    }

    /** What the rule expects of a postmortem, in one line. */
    public String description() {
        return description;
    }

    /** How to fix a problem, in one line. */
    public String hint() {
        return hint;
    }

    /** A problem this rule found, at its level. */
    public Diagnostic diagnostic(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, id, level, message);
    }
}
