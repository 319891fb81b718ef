package dev.bitofgit.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Where owners' GitHub tokens are kept, by their choice, for re-syncs and for resuming interrupted jobs without
 * them. The implementation seals them (AES-GCM); this package only ever holds a token in memory.
 */
public interface TokenKeeper {
    void keep(long accountId, String token);

    Optional<String> find(long accountId);

    boolean forget(long accountId);

    List<Long> accounts();
}
