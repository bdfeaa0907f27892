package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pm.core.read.PostmortemReader;
import dev.pm.core.read.ReadResult;
import dev.pm.core.read.ReaderOptions;
import dev.pm.core.site.SiteGenerator;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @Test
    void parsingAndRenderingReportEveryItemUpToTheirTotals(@TempDir Path dir) throws Exception {
        Map<String, Long> highest = new ConcurrentHashMap<>();
        Map<String, Long> totals = new ConcurrentHashMap<>();
        Progress progress = (phase, done, total) -> {
            highest.merge(phase, done, Math::max);
            totals.put(phase, total);
        };

        ReadResult read = new PostmortemReader(ReaderOptions.defaults()).read(Fixtures.folder("site"), progress);
        SiteResult site = new SiteGenerator(SiteSettings.builder().build()).generate(read.archive(), dir, progress);

        assertThat(totals.get("parsing")).isEqualTo(read.fileCount()).isEqualTo(highest.get("parsing"));
        assertThat(highest.get("rendering")).isEqualTo(totals.get("rendering")).isPositive();
        assertThat(site.succeeded()).isTrue();
    }
}
