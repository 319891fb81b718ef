package dev.bitofgit.testing;

import dev.bitofgit.meaning.MeaningIndexer;
import dev.bitofgit.meaning.MeaningSearch;
import dev.bitofgit.meaning.TextEmbedder;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.VectorStore;

/** Search by meaning over a test store, built as the application builds it: the real model, indexer and search. */
public final class Meaning {
    private Meaning() {
    }

    /** A search over whatever vectors the store holds (none until something indexes it). */
    public static MeaningSearch search(Database database) {
        VectorStore vectors = new VectorStore(database);
        TextEmbedder embedder = new TextEmbedder();
        return new MeaningSearch(vectors, embedder, new MeaningIndexer(vectors, embedder));
    }

    /** Indexes the accounts in the calling thread, then returns a search over them. */
    public static MeaningSearch indexed(Database database, long... accountIds) {
        VectorStore vectors = new VectorStore(database);
        TextEmbedder embedder = new TextEmbedder();
        MeaningIndexer indexer = new MeaningIndexer(vectors, embedder);
        for (long accountId : accountIds) {
            indexer.index(accountId);
        }
        return new MeaningSearch(vectors, embedder, indexer);
    }
}
