package dev.pm.core.read;

import dev.pm.core.Diagnostic;
import java.util.List;

/**
 * What to judge each file by as soon as it is read, while its author's text is still at hand: reading hands
 * every {@link ParsedFile} to it once and keeps only the postmortem afterwards, so that the words of 10,000
 * postmortems are never held at once. The quality rules ({@code dev.pm.core.check.Checks}) are one.
 */
@FunctionalInterface
public interface FileCheck {

    /** Judges nothing; the reader then does not collect the author's text at all. */
    FileCheck NONE = file -> List.of();

    /** The findings on one file; {@code file.text()} is present whenever its postmortem is. */
    List<Diagnostic> check(ParsedFile file);
}
