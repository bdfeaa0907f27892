package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.Severity;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path dir;

    private Archive archive;

    @BeforeEach
    void readFixtures() throws IOException {
        write("2024-05-01-dns.md", "2024-05-02", "2024-05-01T10:00Z", "SEV1", "[dns, network]", "[edge]", "", "- ["
                + " ] Add DNS failover {owner=\"Net\"}");
        write("2025-01-10-db.md", "2025-01-12", "2025-01-10T08:00Z", "SEV3", "[database]", "[api, db]", "", "- [x]"
                + " Fix {owner=\"DB\"}");
        write("2025-12-31-late.md", "2026-01-02", "2025-12-31T23:30Z", "SEV2", "[database, deploy]", "[api]", "", "- [ ] Canary {owner=\"Ops\"}");
        write("2026-02-01-draft.md", "2026-02-02", "2026-02-01T12:00Z", "SEV2", "[deploy]", "[api]", "status: draft", "- [ ] Draft item {owner=\"Ops\"}");
        write("2026-03-01-secret.md", "2026-03-02", "2026-03-01T12:00Z", "SEV4", "[security]", "[vault]", "visibility: internal", "- [ ] Rotate {owner=\"Sec\"}");
        ReadResult result = new PostmortemReader(ReaderOptions.defaults()).read(dir);
        assertThat(result.diagnostics()).isEmpty();
        archive = result.archive();
    }

    @Test
    void postmortemsAreNewestFirst() {
        assertThat(slugs(archive.postmortems())).containsExactly("2026-03-01-secret", "2026-02-01-draft",
                "2025-12-31-late", "2025-01-10-db", "2024-05-01-dns");
    }

    @Test
    void indexesAreSortedAndKeepTheNewestFirstOrder() {
        assertThat(archive.byTag().keySet()).containsExactly("database", "deploy", "dns", "network", "security");
        assertThat(slugs(archive.byTag().get("database"))).containsExactly("2025-12-31-late", "2025-01-10-db");
        assertThat(archive.byService().keySet()).containsExactly("api", "db", "edge", "vault");
        assertThat(archive.bySeverity().keySet()).extracting(Severity::label)
                .containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
        assertThat(archive.byYear().keySet()).containsExactly(2026, 2025, 2024);
        // years count publication, the date the cards show: the incident of 31 December 2025 was published in 2026
        assertThat(slugs(archive.byYear().get(2025))).containsExactly("2025-01-10-db");
        assertThat(slugs(archive.byYear().get(2026))).contains("2025-12-31-late");
    }

    @Test
    void openActionItemsAreCollectedAcrossTheArchive() {
        assertThat(archive.openActions()).extracting(a -> a.action().text())
                .containsExactly("Rotate", "Draft item", "Canary", "Add DNS failover");
    }

    @Test
    void thePublicSelectionLeavesOutDraftsAndInternalPostmortems() {
        Archive published = archive.select(Audience.PUBLIC, false);

        assertThat(slugs(published.postmortems())).containsExactly("2025-12-31-late", "2025-01-10-db", "2024-05-01-dns");
        assertThat(published.byTag()).doesNotContainKey("security");
        assertThat(published.openActions()).extracting(a -> a.action().text()).containsExactly("Canary", "Add DNS"
                + " failover");
    }

    @Test
    void draftsAndTheInternalAudienceAreIncludedOnlyWhenAskedFor() {
        assertThat(slugs(archive.select(Audience.PUBLIC, true).postmortems())).contains("2026-02-01-draft")
                .doesNotContain("2026-03-01-secret");
        assertThat(slugs(archive.select(Audience.INTERNAL, false).postmortems())).contains("2026-03-01-secret")
                .doesNotContain("2026-02-01-draft");
    }

    @Test
    void aSelectionThatLeavesNothingOutIsTheArchiveItselfWithTheSamePostmortems() {
        Archive published = archive.select(Audience.PUBLIC, false);

        assertThat(published.select(Audience.PUBLIC, false)).isSameAs(published);
        assertThat(published.postmortems().get(0).withoutInternalSections()).isSameAs(published.postmortems().get(0));
        assertThat(archive.select(Audience.INTERNAL, true)).isSameAs(archive);
    }

    private void write(String name, String date, String start, String severity, String tags, String services,
            String extraLine, String action) throws IOException {
        String resolved = start.replaceFirst(":00Z$", ":45Z");
        Files.writeString(dir.resolve(name), """
                ---
                title: %s
                date: %s
                incident: {start: %s, resolved: %s}
                severity: %s
                tags: %s
                services: %s
                %s
                ---
                ## Regret
                We are sorry.
                ## Reason
                It broke.
                ## Remedy
                %s
                """.formatted(name, date, start, resolved, severity, tags, services, extraLine, action));
    }

    private static List<String> slugs(List<Postmortem> postmortems) {
        return postmortems.stream().map(Postmortem::slug).toList();
    }
}
