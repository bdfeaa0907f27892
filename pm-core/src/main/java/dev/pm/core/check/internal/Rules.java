package dev.pm.core.check.internal;

import static dev.pm.core.Diagnostic.Level.ERROR;
import static dev.pm.core.Diagnostic.Level.WARNING;
import dev.pm.core.Diagnostic;
import dev.pm.core.check.CheckRule;
import dev.pm.core.internal.Suggestions;
import java.util.List;
import java.util.Optional;

/** Every quality rule, in the order of the format's table. */
public final class Rules {

    static final List<Rule> ALL = List.of(new RegretFirst(), new RegretSincere(), new ReasonSummary(),
            new ReasonComponents(), new NoRootCause(), new Blameless(), new RemedyActions(), new RemedySpecific(),
            new RemedyOwned(), new RemedyUnknown(), new Metadata());

    private static final List<CheckRule> CATALOGUE = ALL.stream().map(Rule::description).toList();

    /**
     * The problems found while reading, which no setting switches off: a file that breaks them cannot be
     * read as written, or the archive cannot be built from it.
     */
    private static final List<CheckRule> READ = List.of(
            read("encoding", ERROR, "The file is UTF-8.", "Save the file as UTF-8."),
            read("empty-file", ERROR, "The file holds a postmortem.", "Write one in it, or delete it."),
            read("front-matter", ERROR, "The file opens with front matter between '---' lines.",
                    "Start the file with '---', the fields, and '---'."),
            read("yaml", ERROR, "The front matter is valid YAML without duplicate keys.",
                    "Fix the YAML at the position given."),
            read("required-field", ERROR, "title, date, severity and the incident start are given; resolved too"
                    + " once published.", "Add the missing field."),
            read("field-type", ERROR, "Each field has the shape it needs: a text, a list or a mapping.",
                    "Write the field as the message says."),
            read("date-format", ERROR, "Dates are YYYY-MM-DD; times are ISO-8601.",
                    "Write 2026-03-14 or 2026-03-12T09:14:00Z."),
            read("unknown-severity", ERROR, "The severity is on the configured scale.",
                    "Use one of the scale's labels."),
            read("incident-order", ERROR, "The incident runs start <= detected <= mitigated <= resolved.",
                    "Correct the times."),
            read("unknown-key", WARNING, "Every front-matter key is known.",
                    "Correct the key's spelling, or move template data under 'extra:'."),
            read("comma-list", WARNING, "A single 'authors' text with a comma is meant as one name.",
                    "Write several as [a, b], or one name with a comma as [\"Payments, EU\"]."),
            read("unknown-rule", WARNING, "'pm-check.ignore' names known rules.", "Correct the rule id."),
            read("missing-section", ERROR, "Regret, Reason and Remedy are all present.",
                    "Add the missing '## ' section."),
            read("duplicate-section", WARNING, "Each of the three R's appears once.", "Merge the two sections."),
            read("timeline-entry", WARNING, "Each timeline entry starts with a time.",
                    "Begin the entry with 2026-03-12T09:14Z or 09:14."),
            read("timeline-order", WARNING, "The timeline is in order.", "Reorder the entries."),
            read("action-attribute", ERROR, "Action item attributes are owner, due, done, ticket and type.",
                    "Correct the attribute's name or value."),
            read("bad-slug", ERROR, "A URL-safe slug can be made from the file name or 'slug:'.",
                    "Use letters or digits in the name."),
            read("duplicate-slug", ERROR, "Every postmortem has its own slug.",
                    "Rename one file or set 'slug:'."),
            read("unknown-related", WARNING, "'related' names existing postmortems.",
                    "Correct or remove the slug."),
            read("source-folder", ERROR, "The source folder exists and is a folder.",
                    "Create it, or point 'sourceDirectory' at the folder of postmortems."),
            read("io", ERROR, "The file can be read.", "Check its permissions."),
            read("markdown-depth", ERROR, "Block quotes and list levels together, and brackets, nest at most "
                    + "32 deep.", "Flatten the quotes or lists, or remove the extra brackets or marks."),
            read("internal-error", ERROR, "pm reads and renders the file without failing itself.",
                    "Report it on pm's issue tracker with the file; meanwhile simplify what changed last."),
            read("template", ERROR, "The theme's templates render.", "Fix the template at the position given."));

    private Rules() {
    }

    public static List<CheckRule> catalogue() {
        return CATALOGUE;
    }

    /** The read rules: reported while reading, always on. */
    public static List<CheckRule> readRules() {
        return READ;
    }

    private static CheckRule read(String id, Diagnostic.Level level, String description, String hint) {
        return new CheckRule(id, level, description, hint);
    }

    public static Optional<CheckRule> find(String id) {
        return CATALOGUE.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * The rule with this id.
     *
     * @throws IllegalArgumentException naming the closest known id when there is no such rule
     */
    public static CheckRule require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule '" + id + "': "
                + hint(id)));
    }

    /** "did you mean 'x'?", or the list of known rules. */
    public static String hint(String id) {
        List<String> ids = CATALOGUE.stream().map(CheckRule::id).toList();
        return dev.pm.core.internal.Suggestions.closest(id == null ? "" : id, ids)
                .map(s -> "did you mean '" + s + "'?").orElse("the rules are " + String.join(", ", ids));
    }
}
