package dev.pm.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What rendering the site gave.
 *
 * @param output the folder the site is in (unchanged when rendering failed)
 * @param pageCount how many files were written, pages and assets
 * @param problems template errors and other problems; when any is an error, the previous site was left as it was
 */
public record SiteResult(Path output, int pageCount, List<Diagnostic> problems) {

    public SiteResult {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.stream().noneMatch(Diagnostic::isError);
    }
}
