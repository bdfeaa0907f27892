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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    Map<String, Object> model() {
        Map<String, List<OpenAction>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(
                Comparator.naturalOrder()));
        List<OpenAction> unowned = new ArrayList<>();
        for (OpenAction open : archive.openActions()) {
            open.action().owner().ifPresentOrElse(
                    owner -> byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(open),
                    () -> unowned.add(open));
        }
        List<Map<String, Object>> owners = new ArrayList<>();
        byOwner.forEach((owner, items) -> owners.add(group(owner, items)));
        if (!unowned.isEmpty()) {
            owners.add(group(NO_OWNER, unowned));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("owners", owners);
        model.put("openCount", archive.openActions().size());
        model.put("doneCount", archive.postmortems().stream()
                .mapToLong(p -> p.remedy().map(r -> r.doneCount()).orElse(0L)).sum());
        model.put("postmortemCount", archive.openActions().stream().map(a -> a.postmortem().slug()).distinct().count());
        settings.today().ifPresent(today -> {
            model.put("today", views.day(today));
            model.put("overdueCount", archive.openActions().stream().filter(a -> overdue(a.action(), today)).count());
        });
        return model;
    }

    private Map<String, Object> group(String owner, List<OpenAction> items) {
        List<OpenAction> sorted = new ArrayList<>(items);
        sorted.sort(BY_DUE);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", owner);
        group.put("id", "owner-" + SitePaths.segment(owner));
        group.put("items", sorted.stream().map(this::item).toList());
        return group;
    }

    private Map<String, Object> item(OpenAction open) {
        Map<String, Object> item = new LinkedHashMap<>(views.action(open.action()));
        Postmortem p = open.postmortem();
        item.put("postmortem", Map.of("title", p.title(), "url", SitePaths.postmortem(p.slug())));
        settings.today().ifPresent(today -> {
            if (overdue(open.action(), today)) {
                item.put("overdueDays", ChronoUnit.DAYS.between(open.action().due().orElseThrow(), today));
            }
        });
        return item;
    }

    private static boolean overdue(ActionItem action, LocalDate today) {
        return action.due().filter(due -> due.isBefore(today)).isPresent();
    }
}
