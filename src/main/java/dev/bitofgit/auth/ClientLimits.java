package dev.bitofgit.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-client token buckets (Bucket4j) for the endpoints that spend the operator's money: ingests spend GitHub quota,
 * questions spend the LLM budget. A client is its session's account when it has one, else its address. Buckets of
 * clients not seen for a while are dropped (at most {@value #MAX_CLIENTS} are kept), so a flood of addresses cannot
 * exhaust memory — a dropped client merely starts again with a full bucket.
 */
public final class ClientLimits {
    static final int MAX_CLIENTS = 50_000;

    /** One limit: {@code capacity} requests per {@code period}, refilled gradually. */
    public record Limit(String name, long capacity, Duration period) {
    }

    private final Map<String, Limit> limits;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    public ClientLimits(List<Limit> limits) {
        Map<String, Limit> byName = new LinkedHashMap<>();
        limits.forEach(limit -> byName.put(limit.name(), limit));
        this.limits = Map.copyOf(byName);
    }

    /** Takes one request from the client's bucket; the wait until the next is allowed when the bucket is empty. */
    public Optional<Duration> tryTake(String limitName, String client) {
        Limit limit = limits.get(limitName);
        if (limit == null) {
            throw new IllegalArgumentException("no limit named " + limitName);
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(limitName + "|" + client, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.capacity())
                            .refillGreedy(limit.capacity(), limit.period()).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
