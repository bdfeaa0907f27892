package dev.pm.core.site.internal;

import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each postmortem's related ones: those it declares, then those sharing most services (two points each)
 * and tags (one point each), newest first. Scores are counted in an array indexed by archive position, so a
 * page costs the length of its services' and tags' lists, never a sort of the archive; with thousands of
 * postmortems per tag this is what keeps the site's build linear.
 */
final class RelatedIndex {

    private final List<Postmortem> postmortems;
    private final Map<String, Integer> positions;
    private final Map<String, int[]> byService = new HashMap<>();
    private final Map<String, int[]> byTag = new HashMap<>();
    /** Per-thread scratch arrays, zero between calls, so pages can be rendered in parallel. */
    private final ThreadLocal<int[][]> scratch;

    RelatedIndex(Archive archive, Map<String, Integer> positions) {
        this.postmortems = archive.postmortems();
        this.positions = positions;
        archive.byService().forEach((name, list) -> byService.put(name, positionsOf(list)));
        archive.byTag().forEach((name, list) -> byTag.put(name, positionsOf(list)));
        int size = postmortems.size();
        this.scratch = ThreadLocal.withInitial(() -> new int[][] {new int[size], new int[size]});
    }

    private int[] positionsOf(List<Postmortem> list) {
        return list.stream().mapToInt(p -> positions.get(p.slug())).toArray();
    }

    /** At most {@code limit} related postmortems (declared ones always come first and are all kept). */
    List<Postmortem> related(Postmortem p, int limit) {
        int[][] arrays = scratch.get();
        int[] scores = arrays[0];
        int[] touched = arrays[1];
        Map<String, Postmortem> chosen = new LinkedHashMap<>();
        for (String slug : p.front().related()) {
            Integer position = positions.get(slug);
            if (position != null && !slug.equals(p.slug())) {
                chosen.put(slug, postmortems.get(position));
            }
        }
        int count = 0;
        for (String service : p.services()) {
            count = add(byService.get(service), 2, count, scores, touched);
        }
        for (String tag : p.tags()) {
            count = add(byTag.get(tag), 1, count, scores, touched);
        }
        int[] best = new int[Math.max(0, limit - chosen.size())];
        int found = 0;
        Integer self = positions.get(p.slug());
        // Positions, not slugs: this loop may visit most of the archive, and a slug is made on every call.
        int[] declared = chosen.keySet().stream().mapToInt(positions::get).toArray();
        for (int i = 0; i < count && best.length > 0; i++) {
            int position = touched[i];
            if ((self != null && position == self) || contains(declared, position)) {
                continue;
            }
            found = insert(best, found, position, scores);
        }
        for (int i = 0; i < count; i++) {
            scores[touched[i]] = 0;
        }
        for (int i = 0; i < found; i++) {
            Postmortem other = postmortems.get(best[i]);
            chosen.put(other.slug(), other);
        }
        return List.copyOf(chosen.values());
    }

    private static boolean contains(int[] positions, int position) {
        for (int each : positions) {
            if (each == position) {
                return true;
            }
        }
        return false;
    }

    private static int add(int[] list, int points, int count, int[] scores, int[] touched) {
        if (list == null) {
            return count;
        }
        for (int position : list) {
            if (scores[position] == 0) {
                touched[count++] = position;
            }
            scores[position] += points;
        }
        return count;
    }

    /** Keeps {@code best} ordered by score, highest first, then by position, newest first. */
    private static int insert(int[] best, int found, int position, int[] scores) {
        int at = found;
        while (at > 0 && ranksBefore(position, best[at - 1], scores)) {
            at--;
        }
        if (at >= best.length) {
            return found;
        }
        int kept = Math.min(found, best.length - 1);
        System.arraycopy(best, at, best, at + 1, kept - at);
        best[at] = position;
        return Math.min(found + 1, best.length);
    }

    private static boolean ranksBefore(int a, int b, int[] scores) {
        return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
    }
}
