package dev.bitofgit.meaning;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.VectorStore;
import dev.bitofgit.store.VectorStore.PendingCommit;
import dev.bitofgit.store.VectorStore.RepoText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the vectors search by meaning reads, incrementally: a repository's passages are embedded again only when
 * their text changed, and only commits without a vector are embedded. Runs behind the ingest, one account at a time
 * on one background thread, because embedding is CPU work that would otherwise slow the ingest (about 600 short
 * texts a second on two cores): word search answers meanwhile, and {@link #progress} says how far it got.
 */
public final class MeaningIndexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MeaningIndexer.class);
    /** Commits read, embedded and stored per round: one transaction, and a bounded amount of text in memory. */
    private static final int ROUND = 512;
    /** The characters of a commit message the model reads: the subject and the start of the body say what it did. */
    static final int MESSAGE_CHARS = 300;
    /** A repeated message ("Update README.md") is embedded once per this many distinct texts seen. */
    private static final int REMEMBERED_TEXTS = 5_000;
    /** Vectors stored between version bumps: in-memory indexes reload at most this often during a long run. */
    private static final int VECTORS_PER_VERSION = 20_000;

    private final VectorStore store;
    private final TextEmbedder embedder;
    private final ExecutorService background;
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** What an ingest job's message says about the work it left behind. */
    public static final String BEHIND_THE_INGEST = "search by meaning is being prepared in the background (new commit "
            + "messages and changed READMEs are embedded); until it ends, a search by meaning covers part of them "
            + "and word search covers all";

    /** How far an account's indexing run got: texts embedded or found unchanged, out of those it set out to do. */
    public record Progress(long done, long total) {
    }

    /** What a run did. */
    public record Result(int passagesEmbedded, int reposUnchanged, long commitsEmbedded, long distinctTexts) {
    }

    public MeaningIndexer(VectorStore store, TextEmbedder embedder) {
        this.store = requireNonNull(store, "store == null");
        this.embedder = requireNonNull(embedder, "embedder == null");
        this.background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "meaning-indexer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** Queues a run for the account behind whatever runs now; the future ends with the run. */
    public Future<Result> indexInBackground(long accountId) {
        running.putIfAbsent(accountId, new Progress(0, 0));
        return background.submit(() -> {
            try {
                return index(accountId);
            } catch (RuntimeException e) {
                LOG.error("indexing for search by meaning failed for account {}: {}", accountId, e.getMessage(), e);
                throw e;
            }
        });
    }

    /**
     * Waits until every queued run has ended, telling {@code reporter} where the runs are every {@code every}: the
     * command line's `ingest` and `import`, which must not exit while the work they queued is half done.
     */
    public void awaitIdle(Duration every, Consumer<Progress> reporter) throws InterruptedException {
        Future<?> marker = background.submit(() -> { });
        while (true) {
            try {
                marker.get(every.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                running.values().stream().findFirst().ifPresent(reporter);
            } catch (ExecutionException e) {
                throw new IllegalStateException("unreachable: the marker task does nothing", e);
            }
        }
    }

    /** The run under way or queued for the account, if any. */
    public Optional<Progress> progress(long accountId) {
        return Optional.ofNullable(running.get(accountId));
    }

    /** Indexes the account in the calling thread. */
    public Result index(long accountId) {
        long pending = store.pendingCommitCount(accountId);
        List<RepoText> repos = store.repoTexts(accountId);
        AtomicLong done = new AtomicLong();
        long total = pending + repos.size();
        running.put(accountId, new Progress(0, total));
        try {
            int passages = 0;
            int unchanged = 0;
            for (RepoText repo : repos) {
                List<String> texts = Passages.of(repo);
                if (texts.equals(store.passageTexts(repo.repoId()))) {
                    unchanged++;
                } else {
                    store.replacePassages(repo.repoId(), texts, embedder.embedAll(texts).stream().map(Vectors::encode).toList());
                    passages += texts.size();
                }
                running.put(accountId, new Progress(done.incrementAndGet(), total));
            }
            if (passages > 0) {
                store.bumpVersion(accountId);
            }
            Map<String, byte[]> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > REMEMBERED_TEXTS;
                }
            };
            long commits = 0;
            long distinct = 0;
            long sinceBump = 0;
            for (long repoId : store.repoIds(accountId)) {
                List<PendingCommit> round;
                while (!closed && !(round = store.pendingCommits(repoId, ROUND)).isEmpty()) {
                    distinct += embedRound(accountId, round, remembered);
                    commits += round.size();
                    sinceBump += round.size();
                    running.put(accountId, new Progress(done.addAndGet(round.size()), total));
                    if (sinceBump >= VECTORS_PER_VERSION) {
                        store.bumpVersion(accountId);
                        sinceBump = 0;
                    }
                }
            }
            if (sinceBump > 0) {
                store.bumpVersion(accountId);
            }
            Result result = new Result(passages, unchanged, commits, distinct);
            LOG.info("search by meaning: account {}: {} passages and {} commits embedded ({} distinct texts), {} "
                    + "repositories unchanged", accountId, passages, commits, distinct, unchanged);
            return result;
        } finally {
            running.remove(accountId);
        }
    }

    /** Embeds a round's distinct texts (shortest first, so a batch pads little) and stores every commit's vector. */
    private int embedRound(long accountId, List<PendingCommit> round, Map<String, byte[]> remembered) {
        List<String> texts = round.stream().map(commit -> text(commit.message())).toList();
        Map<String, byte[]> known = new HashMap<>();
        List<String> fresh = new ArrayList<>();
        for (String text : texts) {
            if (!known.containsKey(text)) {
                byte[] vector = remembered.get(text);
                known.put(text, vector);
                if (vector == null) {
                    fresh.add(text);
                }
            }
        }
        fresh.sort(Comparator.comparingInt(String::length));
        List<float[]> vectors = embedder.embedAll(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            byte[] encoded = Vectors.encode(vectors.get(i));
            known.put(fresh.get(i), encoded);
            remembered.put(fresh.get(i), encoded);
        }
        store.saveCommitVectors(accountId, round, texts.stream().map(known::get).toList());
        return fresh.size();
    }

    /** The text of a commit the model reads. */
    static String text(String message) {
        String collapsed = message.strip().replaceAll("\\s+", " ");
        return collapsed.length() <= MESSAGE_CHARS ? collapsed : collapsed.substring(0, MESSAGE_CHARS);
    }

    @Override
    public void close() {
        closed = true;
        background.shutdownNow();
    }
}
