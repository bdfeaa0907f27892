package dev.pm.core.check.internal;

import dev.pm.core.Position;
import dev.pm.core.model.Postmortem;
import dev.pm.core.model.SectionKind;
import dev.pm.core.read.Prose;
import dev.pm.core.read.SourceText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule judges: the postmortem, the author's words with their positions and split into sentences, where each
 * front-matter key was written, the rows of the Remedy's action-item tables, the build's reference day, if any,
 * and the archive's time zone.
 *
 * @param sentences the sentences of all of {@link #prose()}, split once for every rule that reads them
 */
record Subject(Postmortem postmortem, Prose prose, List<Sentences.Sentence> sentences,
        Map<String, Position> fields, List<SourceText.TableAction> tableActions, Optional<LocalDate> today,
        ZoneId zone, Wording wording) {

    Subject(Postmortem postmortem, Prose prose, Map<String, Position> fields,
            List<SourceText.TableAction> tableActions, Optional<LocalDate> today, ZoneId zone, Wording wording) {
        this(postmortem, prose, Sentences.of(prose.passages()), fields, tableActions, today, zone, wording);
    }

    /** The sentences of a section or Reason sub-section, headings left out. */
    List<Sentences.Sentence> sentences(SectionKind kind) {
        return Sentences.of(text(kind));
    }

    /** Where a sentence starts, plus {@code offset} characters. */
    Position at(Sentences.Sentence sentence, int offset) {
        return prose.position(sentence.passage(), sentence.start() + offset);
    }

    Position field(String key) {
        return fields.getOrDefault(key, Position.START);
    }

    /** The position of a section's heading, at its first column. */
    Position heading(int line) {
        return new Position(line, 1);
    }

    /** The author's words in a section or Reason sub-section, headings left out. */
    List<Prose.Passage> text(SectionKind kind) {
        return prose.in(kind).stream().filter(p -> !p.heading()).toList();
    }

    /** Where a phrase match starts. */
    Position at(Prose.Passage passage, Phrases.Match match) {
        return prose.position(passage, match.start());
    }

    /** Where a located phrase match starts. */
    Position at(Phrases.Located hit) {
        return at(hit.passage(), hit.match());
    }
}
