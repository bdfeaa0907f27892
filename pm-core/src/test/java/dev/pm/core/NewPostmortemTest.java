package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.pm.core.check.CheckSettings;
import dev.pm.core.check.Checks;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.NewPostmortem;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewPostmortemTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    private ParsedFile parseChecked(Path file, ZoneId zone) throws IOException {
        RunContext context = RunContext.defaults().withZone(zone);
        return new PostmortemReader(ReaderOptions.of(context))
                .parse(file, Files.readAllBytes(file), new Checks(CheckSettings.defaults(), context));
    }

    @Test
    void theNewFileIsNamedByDateAndTitleAndIsAValidDraftWhoseOnlyFindingIsTheServicesToFillIn() throws IOException {
        Path file = NewPostmortem.create(dir.resolve("src/postmortems"), "Checkout outage", DAY,
                ZoneId.of("Europe/Amsterdam"), "SEV3");

        assertThat(file).isEqualTo(dir.resolve("src/postmortems/2026-11-20-checkout-outage.md"));
        ParsedFile parsed = parseChecked(file, ZoneId.of("Europe/Amsterdam"));
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule, Diagnostic::level)
                .containsExactly(org.assertj.core.api.Assertions.tuple("reason-components", Diagnostic.Level.WARNING));
        Postmortem p = parsed.postmortem().orElseThrow();
        assertThat(p.title()).isEqualTo("Checkout outage");
        assertThat(p.isDraft()).isTrue();
        assertThat(p.published()).isEqualTo(DAY);
        assertThat(p.incident().start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(p.regret()).isPresent();
        assertThat(p.reason().orElseThrow().subsections()).hasSize(6);
        assertThat(p.remedy().orElseThrow().actions()).singleElement()
                .satisfies(a -> assertThat(a.due()).contains(DAY.plusDays(30)));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path first = NewPostmortem.create(dir, "Checkout outage", DAY, ZoneOffset.UTC, "SEV3");
        Files.writeString(first, "my own words");

        assertThatThrownBy(() -> NewPostmortem.create(dir, "Checkout outage", DAY, ZoneOffset.UTC, "SEV3"))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(first).hasContent("my own words");
    }

    @Test
    void titlesWithYamlSymbolsStayText() throws IOException {
        Path file = NewPostmortem.create(dir, "\"Quoted\": #1 \\ outage - [eu]", DAY, ZoneOffset.UTC, "SEV2");

        assertThat(parseChecked(file, ZoneOffset.UTC).postmortem().orElseThrow().title())
                .isEqualTo("\"Quoted\": #1 \\ outage - [eu]");
        assertThat(file.getFileName().toString()).isEqualTo("2026-11-20-quoted-1-outage-eu.md");
    }

    @Test
    void aTitleWithNothingUrlSafeStillGetsAFileAndABlankTitleIsRefused() throws IOException {
        assertThat(NewPostmortem.create(dir, "!!!", DAY, ZoneOffset.UTC, "SEV3").getFileName())
                .hasToString("2026-11-20-postmortem.md");
        assertThatThrownBy(() -> NewPostmortem.create(dir, "  ", DAY, ZoneOffset.UTC, "SEV3"))
                .hasMessageContaining("-Dpm.title=");
    }
}
