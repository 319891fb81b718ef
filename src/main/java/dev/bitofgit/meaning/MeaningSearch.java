package dev.bitofgit.meaning;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.VectorStore;
import dev.bitofgit.store.VectorStore.CommitVector;
import dev.bitofgit.store.VectorStore.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Search by meaning over one account's stored vectors, scored in this JVM (no pgvector needed). Each account's vectors
 * are held in memory once loaded: passages whole (a few thousand), commits as 48-byte sign codes (150,000 commits:
 * 7 MB) from which the closest candidates by Hamming distance are picked — first over 128 of the 384 signs, then
 * over all of them for the few thousand closest — and then scored exactly from their stored bytes. An index reloads
 * when the account's vector version moves, so every instance sees new vectors.
 *
 * <p>Visibility is the caller's: the repositories a search may return are passed in, so a private repository's
 * passages and commits are never scored for a caller that may not see them.
 */
public final class MeaningSearch {
    /**
     * Candidates scored exactly per commit search (at least; four per result asked): enough that the sign codes'
     * coarse ranking rarely loses a hit (the labelled set's recall is measured through it), few enough that reading
     * their stored vectors stays a few milliseconds (400 took 21 ms on SQLite).
     */
    static final int CANDIDATES = 64;
    /** Codes kept after the first, 128-bit pass (at least), out of the account's 150,000. */
    static final int PREFIX_SURVIVORS = 4_096;
    /** An index that changes while an indexing run writes is reloaded at most this often (once it ends, at once). */
    private static final long RELOAD_MILLIS = 10_000;

    private final VectorStore store;
    private final TextEmbedder embedder;
    private final MeaningIndexer indexer;
    private final Map<Long, PassageIndex> passageIndexes = new ConcurrentHashMap<>();
    private final Map<Long, CommitIndex> commitIndexes = new ConcurrentHashMap<>();

    public record CommitMatch(long repoId, String sha, double score) {
    }

    public record PassageMatch(long repoId, int ordinal, String content, double score) {
    }

    public MeaningSearch(VectorStore store, TextEmbedder embedder, MeaningIndexer indexer) {
        this.store = requireNonNull(store, "store == null");
        this.embedder = requireNonNull(embedder, "embedder == null");
        this.indexer = requireNonNull(indexer, "indexer == null");
    }

    /** Why search by meaning cannot run in this process (its model would not load), if it cannot. */
    public Optional<String> unavailable() {
        return embedder.unavailable();
    }

    /** Present while this process is still embedding the account's texts: a search then covers part of them. */
    public Optional<MeaningIndexer.Progress> indexing(long accountId) {
        return indexer.progress(accountId);
    }

    /** The best passage of each repository closest in meaning to the query, best first. */
    public List<PassageMatch> passages(long accountId, Set<Long> repos, String query, int limit) {
        if (saysNothing(query)) {
            return List.of();
        }
        float[] vector = embedder.embed(query);
        PassageIndex index = passageIndex(accountId);
        Map<Long, PassageMatch> best = new HashMap<>();
        for (int i = 0; i < index.passages.size(); i++) {
            Passage passage = index.passages.get(i);
            if (repos.contains(passage.repoId())) {
                double score = Vectors.cosine(vector, passage.vector());
                PassageMatch current = best.get(passage.repoId());
                if (current == null || score > current.score()) {
                    best.put(passage.repoId(), new PassageMatch(passage.repoId(), passage.ordinal(), passage.content(), score));
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(PassageMatch::score).reversed()
                .thenComparingLong(PassageMatch::repoId)).limit(limit).toList();
    }

    /** The commits closest in meaning to the query, best first, among those of {@code repos} in [since, until). */
    public List<CommitMatch> commits(long accountId, Set<Long> repos, OptionalLong since, OptionalLong until,
                                     String query, int limit) {
        if (saysNothing(query)) {
            return List.of();
        }
        float[] vector = embedder.embed(query);
        CommitIndex index = commitIndex(accountId);
        long[] code = Vectors.signs(vector);
        boolean[] allowed = index.allowed(repos);
        int[] distances = new int[index.size];
        for (int i = 0; i < index.size; i++) {
            long time = index.times[i];
            if (!allowed[index.repoSlots[i]] || (since.isPresent() && time < since.getAsLong())
                    || (until.isPresent() && time >= until.getAsLong())) {
                distances[i] = -1;
            }
        }
        Vectors.prefixDistances(code, index.codes, distances);
        keepClosest(distances, Vectors.PREFIX_WORDS * Long.SIZE, Math.max(PREFIX_SURVIVORS, limit * 128));
        Vectors.distances(code, index.codes, distances);
        int wanted = Math.max(CANDIDATES, limit * 4);
        keepClosest(distances, TextEmbedder.DIMENSIONS, wanted);
        Map<Long, List<String>> candidates = new HashMap<>();
        int taken = 0;
        for (int i = 0; i < index.size && taken < wanted + wanted / 2; i++) {
            if (distances[i] >= 0) {
                candidates.computeIfAbsent(index.repoTable[index.repoSlots[i]], repo -> new ArrayList<>()).add(index.sha(i));
                taken++;
            }
        }
        List<CommitMatch> scored = new ArrayList<>();
        for (CommitVector stored : store.commitVectors(candidates)) {
            scored.add(new CommitMatch(stored.repoId(), stored.sha(), Vectors.cosine(vector, stored.vector())));
        }
        scored.sort(Comparator.comparingDouble(CommitMatch::score).reversed().thenComparing(CommitMatch::sha));
        return scored.size() > limit ? scored.subList(0, limit) : scored;
    }

    /** A query without a letter or a digit has no meaning to search for (every text would be "closest"). */
    private static boolean saysNothing(String query) {
        return query.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Marks -1 every distance beyond the smallest threshold that keeps at least {@code wanted} (ties kept).
     */
    private static void keepClosest(int[] distances, int maximum, int wanted) {
        int[] histogram = new int[maximum + 1];
        for (int distance : distances) {
            if (distance >= 0) {
                histogram[distance]++;
            }
        }
        int threshold = 0;
        for (int seen = 0; threshold < maximum; threshold++) {
            seen += histogram[threshold];
            if (seen >= wanted) {
                break;
            }
        }
        for (int i = 0; i < distances.length; i++) {
            if (distances[i] > threshold) {
                distances[i] = -1;
            }
        }
    }

    private PassageIndex passageIndex(long accountId) {
        long version = store.version(accountId);
        PassageIndex index = passageIndexes.get(accountId);
        if (index == null || (index.version != version && reloadable(accountId, index.loadedAt))) {
            index = new PassageIndex(version, System.currentTimeMillis(), store.passages(accountId));
            passageIndexes.put(accountId, index);
        }
        return index;
    }

    private CommitIndex commitIndex(long accountId) {
        long version = store.version(accountId);
        CommitIndex index = commitIndexes.get(accountId);
        if (index == null || (index.version != version && reloadable(accountId, index.loadedAt))) {
            synchronized (this) {
                index = commitIndexes.get(accountId);
                if (index == null || (index.version != version && reloadable(accountId, index.loadedAt))) {
                    index = CommitIndex.load(store, accountId, version);
                    commitIndexes.put(accountId, index);
                }
            }
        }
        return index;
    }

    /** A changed index reloads at once, unless an indexing run is still changing it (then every RELOAD_MILLIS). */
    private boolean reloadable(long accountId, long loadedAt) {
        return indexer.progress(accountId).isEmpty() || System.currentTimeMillis() - loadedAt >= RELOAD_MILLIS;
    }

    private record PassageIndex(long version, long loadedAt, List<Passage> passages) {
    }

    /** One account's commit vectors as sign codes, in parallel arrays (no object per commit). */
    private static final class CommitIndex {
        static final int SHA_BYTES = 20;
        final long version;
        final long loadedAt = System.currentTimeMillis();
        int size;
        long[] codes = new long[1024 * Vectors.WORDS];
        /** Each commit's repository as a slot in {@link #repoTable}: no boxed Long per commit on every search. */
        int[] repoSlots = new int[1024];
        long[] repoTable = new long[0];
        final Map<Long, Integer> slots = new HashMap<>();
        long[] times = new long[1024];
        /** SHAs as their 20 bytes (a 40-character String costs four times as much, 150,000 times over). */
        byte[] shas = new byte[1024 * SHA_BYTES];
        /** The rare SHA that is not 40 hex digits, kept as text. */
        final Map<Integer, String> otherShas = new HashMap<>();

        private CommitIndex(long version) {
            this.version = version;
        }

        static CommitIndex load(VectorStore store, long accountId, long version) {
            CommitIndex index = new CommitIndex(version);
            store.forEachCommitVector(accountId, index::add);
            return index.trimmed();
        }

        private void add(CommitVector vector) {
            if (size == repoSlots.length) {
                int capacity = size * 2;
                codes = Arrays.copyOf(codes, capacity * Vectors.WORDS);
                repoSlots = Arrays.copyOf(repoSlots, capacity);
                times = Arrays.copyOf(times, capacity);
                shas = Arrays.copyOf(shas, capacity * SHA_BYTES);
            }
            Vectors.signs(vector.vector(), codes, size * Vectors.WORDS);
            repoSlots[size] = slots.computeIfAbsent(vector.repoId(), id -> {
                repoTable = Arrays.copyOf(repoTable, repoTable.length + 1);
                repoTable[repoTable.length - 1] = id;
                return repoTable.length - 1;
            });
            times[size] = vector.authoredAt();
            if (vector.sha().matches("[0-9a-f]{40}")) {
                System.arraycopy(HexFormat.of().parseHex(vector.sha()), 0, shas, size * SHA_BYTES, SHA_BYTES);
            } else {
                otherShas.put(size, vector.sha());
            }
            size++;
        }

        /** Which repository slots the caller may see. */
        boolean[] allowed(Set<Long> repos) {
            boolean[] allowed = new boolean[repoTable.length];
            for (int slot = 0; slot < repoTable.length; slot++) {
                allowed[slot] = repos.contains(repoTable[slot]);
            }
            return allowed;
        }

        String sha(int index) {
            String other = otherShas.get(index);
            return other != null ? other : HexFormat.of().formatHex(shas, index * SHA_BYTES, (index + 1) * SHA_BYTES);
        }

        /** Drops the spare capacity of the doubling arrays once loading ends. */
        CommitIndex trimmed() {
            codes = Arrays.copyOf(codes, size * Vectors.WORDS);
            repoSlots = Arrays.copyOf(repoSlots, size);
            times = Arrays.copyOf(times, size);
            shas = Arrays.copyOf(shas, size * SHA_BYTES);
            return this;
        }
    }
}
