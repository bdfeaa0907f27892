package dev.pm.core.site;

import dev.pm.core.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What rendering the site gave.
 *
 * @param output the folder the site is in (unchanged when rendering failed)
 * @param pageCount how many files were written, pages, feeds and assets
 * @param feedCount how many of them are feeds (RSS, Atom and JSON Feed)
 * @param problems template errors, theme messages pm cannot use and other problems; when any is an error, the
 *     previous site was left as it was
 * @param notices what the build left out and why, one line each, such as the feeds without a base URL
 */
public record SiteResult(Path output, int pageCount, int feedCount, List<Diagnostic> problems, List<String> notices) {

    public SiteResult {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public boolean succeeded() {
        return problems.stream().noneMatch(Diagnostic::isError);
    }
}
