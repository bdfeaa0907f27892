package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.core.PostmortemBuilder;
import dev.pm.core.model.FrontMatter;
import dev.pm.core.model.IncidentWindow;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterViewTest {

    @Test
    void everyFrontMatterComponentReachesTemplatesByItsOwnName() {
        FrontMatter front = PostmortemBuilder.postmortem("queue").withTitle("Queue backlog")
                .withPublished(LocalDate.of(2026, 3, 14)).withTags("queue", "deploy").withSummary("Jobs waited.")
                .withIncident(new IncidentWindow(OffsetDateTime.parse("2026-03-12T09:14:00Z"), Optional.empty(),
                        Optional.empty(), Optional.of(OffsetDateTime.parse("2026-03-12T10:01:00Z"))))
                .build().front();

        Map<String, Object> view = FrontMatterView.of(front);

        assertThat(view.keySet()).as("one entry per component the author gave")
                .containsAll(Arrays.stream(FrontMatter.class.getRecordComponents())
                        .map(RecordComponent::getName).filter(name -> !name.equals("updated") && !name.equals("impact"))
                        .toList());
        assertThat(view).containsEntry("title", "Queue backlog").containsEntry("published", "2026-03-14")
                .containsEntry("tags", List.of("queue", "deploy")).containsEntry("summary", "Jobs waited.")
                .doesNotContainKey("updated");
        assertThat(view.get("incident")).isEqualTo(Map.of("start", "2026-03-12T09:14Z",
                "resolved", "2026-03-12T10:01Z"));
        assertThat(view.get("severity")).isInstanceOf(String.class);
        assertThat(view.get("status")).isIn("published", "draft");
    }
}
