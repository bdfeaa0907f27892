package dev.pm.core.read;

import dev.pm.core.Position;
import java.util.Map;

/**
 * What reading keeps of a file's text besides the model, for judging it: the author's words with their positions,
 * and where each front-matter key was written ({@code date}, {@code incident.start}).
 *
 * @param prose the author's words in the body
 * @param keys the position of each front-matter key, by its dotted name
 */
public record SourceText(Prose prose, Map<String, Position> keys) {

    public SourceText {
        keys = Map.copyOf(keys);
    }

    /** Where a key was written, or the start of the file when it was not. */
    public Position positionOf(String key) {
        return keys.getOrDefault(key, Position.START);
    }
}
