package dev.pm.core.read.internal;

import dev.pm.core.Position;
import dev.pm.core.model.FrontMatter;
import java.util.Map;
import java.util.Optional;

/**
 * A postmortem's front matter as interpreted: the model's front matter, and what reading needs besides it.
 *
 * @param front the front matter, read and checked
 * @param slug the {@code slug} key as written, before it is made URL-safe; absent when the file name gives it
 * @param keyPositions where each key was written, by its dotted name ({@code date}, {@code incident.start})
 */
record InterpretedHeader(FrontMatter front, Optional<String> slug, Map<String, Position> keyPositions) {
}
