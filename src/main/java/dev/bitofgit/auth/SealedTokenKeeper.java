package dev.bitofgit.auth;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.ingest.TokenKeeper;
import dev.bitofgit.store.KeptTokenStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Keeps owners' GitHub tokens in the store sealed by a {@link TokenVault}: plain text exists only in memory. */
public final class SealedTokenKeeper implements TokenKeeper {
    private final TokenVault vault;
    private final KeptTokenStore store;
    private final Clock clock;

    public SealedTokenKeeper(TokenVault vault, KeptTokenStore store, Clock clock) {
        this.vault = requireNonNull(vault, "vault == null");
        this.store = requireNonNull(store, "store == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    @Override
    public void keep(long accountId, String token) {
        store.save(vault.seal(accountId, token), clock.instant());
    }

    @Override
    public Optional<String> find(long accountId) {
        return store.find(accountId).map(vault::open);
    }

    @Override
    public boolean forget(long accountId) {
        return store.delete(accountId);
    }

    @Override
    public List<Long> accounts() {
        return store.accounts();
    }
}
