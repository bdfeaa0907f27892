package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.check.CheckRule;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.read.ReadRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** README.md's rule tables are the user's catalogue: they list exactly the rules pm has, at their default levels. */
class RuleCatalogueTest {

    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmeListsEveryRuleAtItsDefaultLevelAndNoOther() throws IOException {
        Map<String, String> inCode = new LinkedHashMap<>();
        for (CheckRule rule : CheckSettings.rules()) {
            inCode.put(rule.id(), rule.defaultLevel().label());
        }
        Arrays.stream(ReadRule.values()).forEach(rule -> inCode.put(rule.id(), rule.level().label()));

        Map<String, String> inReadme = ruleTables(Files.readAllLines(README));

        assertThat(inCode).hasSize(CheckSettings.rules().size() + ReadRule.values().length);
        assertThat(inReadme).containsExactlyInAnyOrderEntriesOf(inCode);
    }

    /**
     * The rows of every Markdown table whose first column is headed {@code rule}: the id (without its backticks)
     * to the second column, the level.
     */
    private static Map<String, String> ruleTables(List<String> lines) {
        Map<String, String> rules = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1).split("\\|")).map(String::strip).toList();
            if (cells.get(0).equals("rule")) {
                inTable = true;
            } else if (inTable && !cells.get(0).startsWith("---")) {
                String id = cells.get(0).replace("`", "");
                assertThat(rules.put(id, cells.get(1))).as("README lists '%s' once", id).isNull();
            }
        }
        assertThat(rules).as("rule tables in %s", README.toAbsolutePath()).isNotEmpty();
        return rules;
    }
}
