package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.model.TimelineEntry;
import dev.pm.core.read.ParsedFile;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void aBareTimeAfterMidnightMovesToTheNextDay() {
        String text = """
                ---
                title: Night
                date: 2026-03-14
                incident: {start: 2026-03-12T23:40Z, resolved: 2026-03-13T00:30Z}
                severity: SEV3
                ---
                ## Regret
                Sorry.
                ## Reason
                ### Timeline
                - 23:40 Disk fills.
                - 00:05 Pager fires.
                ## Remedy
                - [ ] Alert earlier {owner="SRE"}
                """;

        ParsedFile parsed = new PostmortemReader(ReaderOptions.defaults())
                .parse(Path.of("night.md"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.postmortem().orElseThrow().reason().orElseThrow().timeline())
                .extracting(TimelineEntry::at)
                .containsExactly(OffsetDateTime.parse("2026-03-12T23:40Z"), OffsetDateTime.parse("2026-03-13T00:05Z"));
    }
}
