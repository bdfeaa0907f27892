package dev.pm.core.site.internal;

import dev.pm.core.model.ActionItem;
import dev.pm.core.model.Archive;
import dev.pm.core.model.OpenAction;
import dev.pm.core.model.Postmortem;
import dev.pm.core.site.SiteSettings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The remedy tracker page: every open action item of the archive, grouped by owner. Items count as overdue only
 * against the reference day the build was given, never against the clock.
 */
final class RemedyTracker {

    /** The group for items nobody owns yet; listed last. */
    static final String NO_OWNER = "No owner yet";

    private static final Comparator<OpenAction> BY_DUE = Comparator
            .comparing((OpenAction a) -> a.action().due().orElse(LocalDate.MAX))
            .thenComparing(a -> a.postmortem(), Archive.NEWEST_FIRST)
            .thenComparingInt(a -> a.action().line());

    private final SiteSettings settings;
    private final Archive archive;
    private final Views views;

    RemedyTracker(SiteSettings settings, Archive archive, Views views) {
        this.settings = settings;
        this.archive = archive;
        this.views = views;
    }

    TemplateModel.ActionsPage model(TemplateModel.PageInfo page, TemplateModel.Site site) {
        Map<String, List<OpenAction>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(
                Comparator.naturalOrder()));
        List<OpenAction> unowned = new ArrayList<>();
        for (OpenAction open : archive.openActions()) {
            open.action().owner().ifPresentOrElse(
                    owner -> byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(open),
                    () -> unowned.add(open));
        }
        List<TemplateModel.OwnerGroup> owners = new ArrayList<>();
        byOwner.forEach((owner, items) -> owners.add(group(owner, items)));
        if (!unowned.isEmpty()) {
            owners.add(group(views.messages().text("actions_no_owner"), unowned));
        }
        long doneCount = archive.postmortems().stream()
                .mapToLong(p -> p.remedy().map(r -> r.doneCount()).orElse(0L)).sum();
        long postmortemCount = archive.openActions().stream().map(a -> a.postmortem().slug()).distinct().count();
        Optional<LocalDate> today = settings.today();
        return new TemplateModel.ActionsPage(List.copyOf(owners), archive.openActions().size(), doneCount,
                postmortemCount, today.map(views::day).orElse(null),
                today.map(day -> archive.openActions().stream().filter(a -> overdue(a.action(), day)).count())
                        .orElse(null), page, site);
    }

    private TemplateModel.OwnerGroup group(String owner, List<OpenAction> items) {
        List<OpenAction> sorted = new ArrayList<>(items);
        sorted.sort(BY_DUE);
        return new TemplateModel.OwnerGroup(owner, "owner-" + SitePaths.segment(owner),
                sorted.stream().map(this::item).toList());
    }

    private TemplateModel.OpenActionView item(OpenAction open) {
        Postmortem p = open.postmortem();
        TemplateModel.ActionView action = views.action(open.action(), p, "actions.html");
        Long overdueDays = settings.today().filter(today -> overdue(open.action(), today))
                .map(today -> ChronoUnit.DAYS.between(open.action().due().orElseThrow(), today)).orElse(null);
        return new TemplateModel.OpenActionView(action.html(), action.text(), action.done(), action.owner(),
                action.due(), action.doneOn(), action.type(), action.ticket(),
                new TemplateModel.PostmortemLink(p.title(), SitePaths.postmortem(p.slug())), overdueDays);
    }

    private static boolean overdue(ActionItem action, LocalDate today) {
        return action.due().filter(due -> due.isBefore(today)).isPresent();
    }
}
