package dev.bitofgit.app;

import dev.bitofgit.ingest.IngestService;
import dev.bitofgit.tools.ToolCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prometheus metrics at /metrics: ingest jobs by outcome, GitHub requests and 304s, the last rate-limit remaining,
 * tool-call and query latency, and the JVM's memory, GC and threads.
 */
final class Metrics implements ToolCatalog.Observer, IngestService.Observer {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger rateLimitRemaining = new AtomicInteger(-1);
    private final Counter notModified;

    Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        registry.gauge("bitofgit_github_rate_limit_remaining", rateLimitRemaining);
        notModified = Counter.builder("bitofgit_github_not_modified").description("GitHub 304 answers").register(registry);
    }

    @Override
    public void called(String tool, long nanos, boolean error) {
        Timer.builder("bitofgit_tool_calls").tag("tool", tool).tag("outcome", error ? "error" : "ok")
                .publishPercentiles(0.5, 0.99).register(registry).record(Duration.ofNanos(nanos));
    }

    @Override
    public void response(int status, boolean wasNotModified, int remaining) {
        Counter.builder("bitofgit_github_requests").tag("status", (status / 100) + "xx").register(registry).increment();
        if (wasNotModified) {
            notModified.increment();
        }
        if (remaining >= 0) {
            rateLimitRemaining.set(remaining);
        }
    }

    @Override
    public void jobFinished(String status) {
        Counter.builder("bitofgit_ingest_jobs").tag("status", status).register(registry).increment();
    }

    void query(String answerer, long millis) {
        Timer.builder("bitofgit_queries").tag("answerer", answerer).publishPercentiles(0.5, 0.99).register(registry)
                .record(Duration.ofMillis(millis));
    }

    String scrape() {
        return registry.scrape();
    }
}
