package io.github.methodbank.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. Not API. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * A bound on the work of many suggestions together, in cells of the edit-distance table
     * (about a nanosecond each): once it is spent, no further suggestion is looked for, so a file
     * with a million misspellings costs no more than one with a few. Not thread-safe.
     */
    public static final class Budget {
        private long cells;

        /** A budget of this many cells. */
        public Budget(long cells) {
            this.cells = cells;
        }

        /** Whether the budget is spent. */
        public boolean spent() {
            return cells <= 0;
        }
    }

    /** The candidate closest to {@code wrong}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates, null);
    }

    /**
     * As {@link #closest(String, Collection)}, charging the work to {@code budget} (null: no
     * bound); empty once the budget is spent.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates, Budget budget) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(Locale.ROOT);
        // no candidate whose length differs by more than this can be close enough
        int reach = Math.max(2, w.length() / 3);
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > reach || Math.abs(c.length() - w.length()) >= bestDistance) {
                continue;
            }
            if (budget != null) {
                long cost = Math.min(w.length(), 201L) * Math.min(c.length(), 201L) + 1;
                if (budget.cells < cost) {
                    budget.cells = 0;
                    return Optional.empty();
                }
                budget.cells -= cost;
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, Math.min(w.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, capped for long inputs; three rows of memory. */
    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return a.equals(b) ? 0 : Integer.MAX_VALUE / 2;
        }
        int n = b.length();
        int[] prev2 = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    d = Math.min(d, prev2[j - 2] + cost);
                }
                cur[j] = d;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }
}
