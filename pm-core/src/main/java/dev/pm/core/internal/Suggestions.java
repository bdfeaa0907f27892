package dev.pm.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest known word for a did-you-mean hint. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known word closest to {@code word}, when it is a plausible typo of it. */
    public static Optional<String> closest(String word, Collection<String> known) {
        return closest(word, known.stream().sorted().toList(), Math.max(1, Math.min(3, word.length() / 3)));
    }

    /**
     * The known word closest to {@code word}, when at most {@code allowed} edits from it; of equally close ones, the
     * first in {@code known}'s order. Words whose lengths differ by more than {@code allowed} are not compared.
     */
    public static Optional<String> closest(String word, List<String> known, int allowed) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (Math.abs(candidate.length() - lower.length()) > allowed) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Edit distance in which swapping two neighbouring letters counts as one edit, as typos often do. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
