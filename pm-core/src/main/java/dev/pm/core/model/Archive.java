package dev.pm.core.model;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every postmortem of a source folder, newest first, with the indexes readers browse by.
 *
 * @param postmortems all postmortems, newest first (published date, then incident start, then slug)
 * @param byTag postmortems per tag, tags in alphabetical order
 * @param byService postmortems per service, services in alphabetical order
 * @param bySeverity postmortems per severity, worst first; only levels that occur
 * @param byYear postmortems per year of publication (the date cards show), newest year first
 * @param openActions every open action item, in the order of {@code postmortems}
 * @param zone the time zone years and days are counted in
 */
public record Archive(
        List<Postmortem> postmortems,
        SortedMap<String, List<Postmortem>> byTag,
        SortedMap<String, List<Postmortem>> byService,
        Map<Severity, List<Postmortem>> bySeverity,
        SortedMap<Integer, List<Postmortem>> byYear,
        List<OpenAction> openActions,
        ZoneId zone) {

    /** Newest first: published date, then incident start, both descending; then slug. */
    public static final Comparator<Postmortem> NEWEST_FIRST = Comparator
            .comparing(Postmortem::published).reversed()
            .thenComparing(Comparator.comparing((Postmortem p) -> p.incident().start().toInstant()).reversed())
            .thenComparing(Postmortem::slug);

    /** Builds the archive and its indexes from postmortems in any order. */
    public static Archive of(Collection<Postmortem> postmortems, ZoneId zone) {
        List<Postmortem> sorted = new ArrayList<>(postmortems);
        sorted.sort(NEWEST_FIRST);
        SortedMap<String, List<Postmortem>> byTag = new TreeMap<>();
        SortedMap<String, List<Postmortem>> byService = new TreeMap<>();
        SortedMap<Severity, List<Postmortem>> bySeverity = new TreeMap<>();
        SortedMap<Integer, List<Postmortem>> byYear = new TreeMap<>(Comparator.reverseOrder());
        List<OpenAction> open = new ArrayList<>();
        for (Postmortem p : sorted) {
            p.tags().forEach(tag -> add(byTag, tag, p));
            p.services().forEach(service -> add(byService, service, p));
            add(bySeverity, p.severity(), p);
            add(byYear, p.published().getYear(), p);
            p.remedy().ifPresent(r -> r.actions().stream().filter(a -> !a.done())
                    .forEach(a -> open.add(new OpenAction(p, a))));
        }
        return new Archive(List.copyOf(sorted), freeze(byTag), freeze(byService),
                Collections.unmodifiableMap(new LinkedHashMap<>(freeze(bySeverity))), freeze(byYear),
                List.copyOf(open), zone);
    }

    /**
     * The archive an audience may see: drafts only when asked for; for the public, no internal postmortem and
     * no internal section. No bundle keeps a file that only content left out links to (an internal section, a
     * draft or an internal postmortem, whichever file links to it), unless content shown links to it too.
     */
    public Archive select(Audience audience, boolean includeDrafts) {
        List<Postmortem> chosen = new ArrayList<>();
        Set<Path> leftOut = new HashSet<>();
        for (Postmortem p : postmortems) {
            Optional<Postmortem> seen;
            if (p.isDraft() && !includeDrafts || audience == Audience.PUBLIC && p.isInternal()) {
                seen = Optional.empty();
            } else {
                seen = Optional.of(audience == Audience.PUBLIC ? p.withoutInternalSections() : p);
            }
            leftOut.addAll(p.leftOutTargets(seen));
            seen.ifPresent(chosen::add);
        }
        if (!leftOut.isEmpty()) {
            chosen.replaceAll(p -> p.withholding(leftOut));
        } else if (chosen.size() == postmortems.size() && sameEach(chosen, postmortems)) {
            // Nothing left out: this archive, rather than the same one sorted and indexed again.
            return this;
        }
        return of(chosen, zone);
    }

    private static boolean sameEach(List<Postmortem> some, List<Postmortem> others) {
        for (int i = 0; i < some.size(); i++) {
            if (some.get(i) != others.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The same postmortems with their years counted in {@code other}: this archive when that is its zone. */
    public Archive inZone(ZoneId other) {
        return other.equals(zone) ? this : of(postmortems, other);
    }

    public Optional<Postmortem> find(String slug) {
        return postmortems.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    private static <K> void add(Map<K, List<Postmortem>> index, K key, Postmortem p) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }

    private static <K> SortedMap<K, List<Postmortem>> freeze(SortedMap<K, List<Postmortem>> index) {
        SortedMap<K, List<Postmortem>> copy = new TreeMap<>(index.comparator());
        index.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableSortedMap(copy);
    }
}
