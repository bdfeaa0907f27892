package dev.pm.core.read.internal;

import com.vladsch.flexmark.util.ast.Document;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.LineIndex;
import dev.pm.core.read.Prose;
import dev.pm.core.read.SourceText;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What is read from a body's tree before anything changes it: the edits need it, and take words out of the text. */
record Reading(Outline outline, Prose prose, List<ActionItems.Action> actions, Timeline timeline,
        LocalLinks.Found files, List<SourceText.TableAction> tableActions) {

    static Reading of(Document document, LineIndex lines, Path source, boolean bundle, OffsetDateTime incidentStart,
            ZoneId zone, boolean withProse, Problems problems) {
        Outline outline = Outline.of(document, lines, problems);
        return new Reading(outline, prose(outline, withProse ? ProseCollector.of(lines) : ProseCollector.none(lines)),
                ActionItems.read(outline.remedy(), lines, zone, problems),
                Timeline.read(outline.reason(), lines, incidentStart, zone, problems),
                LocalLinks.read(document, lines, source, bundle, problems),
                withProse ? ActionTables.read(outline.remedy(), lines, zone) : List.of());
    }

    private static Prose prose(Outline outline, ProseCollector prose) {
        for (Outline.Part section : outline.sections()) {
            SectionKind kind = section.kind();
            section.heading().ifPresent(h -> prose.heading(kind, kind, h));
            if (kind != SectionKind.REASON) {
                prose.add(kind, kind, section.blocks());
                continue;
            }
            for (Outline.Part part : section.parts()) {
                part.heading().ifPresent(h -> prose.heading(kind, part.kind(), h));
                prose.add(kind, part.kind(), part.blocks());
            }
        }
        return prose.build();
    }
}
