package dev.bitofgit.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: an item's score is the sum of 1 / (K + rank) over the rankings that hold it, so an item
 * both rankings like beats one only a single ranking puts first, and no score scale has to be compared (full-text
 * ranks and cosine similarities are not on one scale). K = 60 is the constant of Cormack et al. (2009).
 */
final class RankFusion {
    static final int K = 60;

    private RankFusion() {
    }

    /** The keys of both rankings (best first), fused, best first; ties keep the first ranking's order. */
    static <T> List<T> fuse(List<T> first, List<T> second) {
        Map<T, Double> scores = new LinkedHashMap<>();
        for (List<T> ranking : List.of(first, second)) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<T> fused = new ArrayList<>(scores.keySet());
        fused.sort(Comparator.comparingDouble((T key) -> scores.get(key)).reversed());
        return fused;
    }
}
