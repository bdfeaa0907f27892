package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import dev.pm.core.check.CheckRule;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.Checks;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualityRulesTest {

    private static List<Diagnostic> check(String file, CheckSettings settings) {
        return check(file, settings, RunContext.defaults());
    }

    private static List<Diagnostic> check(String file, CheckSettings settings, RunContext context) {
        Path path = Fixtures.file("check", file);
        try {
            return new PostmortemReader(ReaderOptions.of(context))
                    .parse(path, Files.readAllBytes(path), new Checks(settings, context)).diagnostics();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Diagnostic> check(String file) {
        return check(file, CheckSettings.defaults());
    }

    @Test
    void aWellWrittenPostmortemPassesWithNoFindings() {
        assertThat(check("good.md")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> [{1}] at {2}:{3}")
    @CsvSource({
        "trigger-regret-late.md,          regret-first,      33,  1, ERROR,   move the Regret section to the top",
        "trigger-regret-no-apology.md,    regret-first,      17,  1, ERROR,   the first 80 words of Regret apologise",
        "trigger-regret-hedged.md,        regret-sincere,    17,  8, WARNING, 'sorry for any inconvenience' hedges",
        "trigger-reason-no-summary.md,    reason-summary,    20,  1, WARNING, lacks '### Summary'",
        "trigger-reason-no-components.md, reason-components, 23,  1, WARNING, no affected component is named",
        "trigger-root-cause.md,           no-root-cause,     25, 85, WARNING, 'The root cause' singles out one cause",
        "trigger-blame.md,                blameless,         29,  3, WARNING, 'Human error' assigns blame",
        "trigger-blame-name.md,           blameless,         29, 15, WARNING, 'caused by Priya' names a person",
        "trigger-blame-folded-letter.md,  blameless,         27,  1, WARNING, 'The developer was \u017floppy' blames",
        "trigger-remedy-no-actions.md,    remedy-actions,    37,  1, ERROR,   Remedy names no concrete step",
        "trigger-remedy-promise.md,       remedy-specific,   42, 11, WARNING, 'never happen again' is a promise",
        "trigger-remedy-unowned.md,       remedy-owned,      39,  7, WARNING, has no owner: add {owner=",
        "trigger-remedy-no-due.md,        remedy-owned,      40,  7, WARNING, has no due date: add"
                + " {due=YYYY-MM-DD}",
        "trigger-remedy-unknown.md,       remedy-unknown,    27, 30, WARNING, does not say what you will"
                + " investigate and what you will monitor",
        "trigger-metadata-date.md,        metadata,           3,  1, WARNING, is before the incident started",
        "trigger-metadata-detected.md,    metadata,           4,  1, WARNING, no 'incident.detected'",
    })
    void eachRuleFindsItsDefectAtTheOffendingText(String file, String rule, int line, int column,
            Diagnostic.Level level, String message) {
        List<Diagnostic> found = check(file);

        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column, Diagnostic::level)
                .containsExactly(tuple(rule, line, column, level));
        assertThat(found.get(0).message()).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "silent-sorry-second-paragraph.md",
        "silent-root-causes-in-code.md",
        "silent-blame-in-quote.md",
        "silent-investigate-and-monitor.md",
        "silent-promise-with-actions.md",
        "silent-ignored-rule.md",
    })
    void nearMissesStaySilent(String file) {
        assertThat(check(file)).isEmpty();
    }

    @Test
    void overdueItemsAreReportedOnlyAgainstAGivenReferenceDay() {
        assertThat(check("good.md", CheckSettings.defaults())).isEmpty();

        List<Diagnostic> found = check("good.md", CheckSettings.defaults(),
                RunContext.defaults().withToday(LocalDate.of(2026, 6, 15)));

        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("remedy-owned", 39, 7));
        assertThat(found.get(0).message()).contains("was due on 2026-06-01, 14 days before 2026-06-15");
    }

    @Test
    void aTableRowDueBeforeTheReferenceDayIsOverdueAndTheOthersLackWhatTheirCellsDoNotSay() {
        List<Diagnostic> found = check("corpus-action-table-headings.md", CheckSettings.defaults(),
                RunContext.defaults().withToday(LocalDate.of(2026, 6, 15)));

        assertThat(found).filteredOn(d -> d.rule().equals("remedy-owned"))
                .extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                        tuple(36, "open action item 'Sign links after the ledger write' was due on 2026-06-01, 14 days"
                                + " before 2026-06-15: finish it and set its status to done, or set a new due date"),
                        tuple(37, "open action item 'Add download errors to the dashboard' in the Remedy's table has"
                                + " no owner: give each open row an owner and a due date (YYYY-MM-DD) in columns"
                                + " 'Owner' and 'Due', or write it as '- [ ] what {owner=\"team\" due=YYYY-MM-DD}'"),
                        tuple(38, "open action item 'Test a link requested right after write' in the Remedy's table"
                                + " has no due date: give each open row an owner and a due date (YYYY-MM-DD) in"
                                + " columns 'Owner' and 'Due', or write it as '- [ ] what {owner=\"team\""
                                + " due=YYYY-MM-DD}'"));
    }

    @Test
    void aRuleCanBeSwitchedOffOrRaised() {
        assertThat(check("trigger-root-cause.md", CheckSettings.defaults().withLevel("no-root-cause", "off")))
                .isEmpty();
        assertThat(check("trigger-root-cause.md", CheckSettings.defaults().withLevels(Map.of("no-root-cause",
                "ERROR")))).extracting(Diagnostic::level).containsExactly(Diagnostic.Level.ERROR);
    }

    @Test
    void unknownRulesAndLevelsAreRefusedWithTheirAlternatives() {
        assertThatThrownBy(() -> CheckSettings.defaults().withLevel("no-rootcause", "off"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean 'no-root-cause'?");
        assertThatThrownBy(() -> CheckSettings.defaults().withLevel("blameless", "fatal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use one of error, warning, info, off");
    }

    @Test
    void ignoringAnUnknownRuleInTheFrontMatterIsReported(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        String source = Files.readString(Fixtures.file("check", "good.md"))
                .replace("summary: New", "pm-check: {ignore: [blame-less]}\nsummary: New");
        Path file = folder.resolve("ignores.md");
        Files.writeString(file, source);

        List<Diagnostic> found = new PostmortemReader(ReaderOptions.defaults())
                .parse(file, Files.readAllBytes(file), new Checks(CheckSettings.defaults(), RunContext.defaults()))
                .diagnostics();

        assertThat(found).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("unknown-rule", 13, 1));
        assertThat(found.get(0).message()).contains("did you mean 'blameless'?");
    }

    @Test
    void everyRuleOfTheFormatIsInTheCatalogueWithADescriptionAndAHint() {
        assertThat(CheckSettings.rules()).extracting(CheckRule::id).containsExactly("regret-first", "regret-sincere",
                "reason-summary", "reason-components", "no-root-cause", "blameless", "remedy-actions",
                "remedy-specific", "remedy-owned", "remedy-unknown", "metadata", "placeholder");
        assertThat(CheckSettings.rules()).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank().doesNotContain("\n");
            assertThat(rule.hint()).isNotBlank().doesNotContain("\n");
        });
    }
}
