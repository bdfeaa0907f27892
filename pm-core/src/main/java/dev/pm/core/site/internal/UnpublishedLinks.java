package dev.pm.core.site.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.model.LocalLink;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ReadRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links on a build's pages to another postmortem's {@code .md} file that the build does not publish: a draft
 * in a build without drafts, an internal postmortem in a public build, or a file that is no postmortem of the
 * archive. Which postmortems a build publishes is known only here, once the archive is chosen, so this is the
 * stage that says so; the pages show such a link as its words ({@link Views#resolved}). A link in content the
 * build leaves out is on no page, so it is not reported.
 */
final class UnpublishedLinks {

    private UnpublishedLinks() {
    }

    /**
     * One warning per link, at the position where its URL is written.
     *
     * @param all every postmortem read
     * @param shown what the build publishes
     */
    static List<Diagnostic> find(Archive all, Archive shown, Audience audience, boolean includeDrafts) {
        // Most postmortems link to no other: only those that do are looked at, and the archive's files are listed
        // only when one does (this ran on every build of pm:serve, for every postmortem).
        List<Postmortem> linking = shown.postmortems().stream()
                .filter(p -> p.bundle().links().stream().anyMatch(LocalLink::toPostmortem)).toList();
        if (linking.isEmpty()) {
            return List.of();
        }
        Map<Path, Postmortem> bySource = new HashMap<>();
        all.postmortems().forEach(p -> bySource.put(p.source().toAbsolutePath().normalize(), p));
        Set<Path> published = new HashSet<>();
        shown.postmortems().forEach(p -> published.add(p.source().toAbsolutePath().normalize()));
        List<Diagnostic> warnings = new ArrayList<>();
        for (Postmortem p : linking) {
            List<LocalLink> links = p.bundle().links();
            for (int index : p.bundle().shownIn(p.body().html())) {
                LocalLink link = links.get(index);
                if (link.toPostmortem() && !published.contains(link.file())) {
                    warnings.add(ReadRule.UNPUBLISHED_LINK.diagnostic(p.source(), link.line(), link.column(),
                            message(link, bySource.get(link.file()), audience, includeDrafts)));
                }
            }
        }
        warnings.sort(Diagnostic.ORDER);
        return warnings;
    }

    private static String message(LocalLink link, Postmortem target, Audience audience, boolean includeDrafts) {
        String start = "the link '" + link.written() + "' goes to ";
        String shownAs = ", so this build shows the link's words without the link";
        if (target == null) {
            return start + link.file().getFileName() + ", which is no postmortem of this archive (its front matter"
                    + " has errors, or it lies outside the source folder or in a dot-folder)" + shownAs
                    + ": correct that file, or remove the link";
        }
        String named = "'" + target.title() + "' (" + target.source().getFileName() + ")";
        boolean draft = target.isDraft() && !includeDrafts;
        boolean internal = target.isInternal() && audience == Audience.PUBLIC;
        if (draft && internal) {
            return start + "the internal draft " + named + ", which a public build without drafts leaves out"
                    + shownAs + ": publish it (status: published, visibility: public), move the link into an"
                    + " {.internal} section, or remove the link";
        }
        if (draft) {
            return start + "the draft " + named + ", which a build without drafts leaves out" + shownAs
                    + ": publish it (status: published), or remove the link";
        }
        return start + "the internal postmortem " + named + ", which a public build leaves out" + shownAs
                + ": make it public (visibility: public), move the link into an {.internal} section, or remove the"
                + " link";
    }
}
