package dev.pm.core.read;

import dev.pm.core.Diagnostic;
import dev.pm.core.model.Postmortem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: the postmortem when its front matter was usable, and every problem found.
 *
 * @param file the file
 * @param postmortem the postmortem, absent when the front matter had errors
 * @param diagnostics the problems, in source order
 */
public record ParsedFile(Path file, Optional<Postmortem> postmortem, List<Diagnostic> diagnostics) {

    public ParsedFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
