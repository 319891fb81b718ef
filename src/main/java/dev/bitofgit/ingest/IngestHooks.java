package dev.bitofgit.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the composition root plugs into the ingest after building it: the metrics observer, the step after each
 * job, and the keeper of owners' tokens. Read by every part of a job; set once at start.
 */
final class IngestHooks {
    private volatile IngestService.Observer observer = IngestService.Observer.NONE;
    private volatile IngestService.AfterIngest afterIngest = accountId -> Optional.empty();
    private volatile Optional<TokenKeeper> keeper = Optional.empty();

    IngestService.Observer observer() {
        return observer;
    }

    void observer(IngestService.Observer newObserver) {
        observer = requireNonNull(newObserver, "observer == null");
    }

    IngestService.AfterIngest afterIngest() {
        return afterIngest;
    }

    void afterIngest(IngestService.AfterIngest hook) {
        afterIngest = requireNonNull(hook, "hook == null");
    }

    Optional<TokenKeeper> keeper() {
        return keeper;
    }

    void keeper(TokenKeeper newKeeper) {
        keeper = Optional.of(requireNonNull(newKeeper, "keeper == null"));
    }
}
