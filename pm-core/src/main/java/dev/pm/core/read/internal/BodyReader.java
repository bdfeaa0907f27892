package dev.pm.core.read.internal;

import com.vladsch.flexmark.util.ast.Document;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.Body;
import dev.pm.core.read.LineIndex;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads a postmortem's Markdown body: finds the Regret, Reason and Remedy sections by their headings and
 * aliases, the sub-sections of Reason, the timeline and the action items.
 *
 * <p>The tree is read whole before anything changes it, edited once, and rendered last, because rendering moves
 * blocks out of it; each phase takes what the one before returns.
 */
final class BodyReader {

    private final MarkdownEngine markdown;
    private final ZoneId zone;

    BodyReader(MarkdownEngine markdown, ZoneId zone) {
        this.markdown = markdown;
        this.zone = zone;
    }

    /** Reads a body; {@code bundle}: the file is a page bundle's page, so every file of its folder goes with it. */
    ReadBody read(Path source, boolean bundle, String body, int firstLine, OffsetDateTime incidentStart,
            boolean withProse, Problems problems) {
        LineIndex lines = new LineIndex(body, firstLine);
        Document document = markdown.parse(body);
        Sanitiser.restoreWords(document, lines, problems);
        UnclosedComments.report(document, body, lines, markdown.allowsRawHtml(), problems);
        Reading reading = Reading.of(document, lines, source, bundle, incidentStart, zone, withProse, problems);
        TreeEdits.Edited edited = TreeEdits.apply(document, reading);
        SectionRenderer.Rendered sections = SectionRenderer.render(markdown, edited, lines);
        HeadingIds.report(sections.headings(), lines, problems);
        return new ReadBody(new Body(sections.regret(), sections.reason(), sections.remedy(), sections.others()),
                reading.prose(), reading.files().bundle(), reading.tableActions());
    }
}
