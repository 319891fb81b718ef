package dev.bitofgit.web;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open progress streams (GET /ingest/{job_id}/events): at most {@link #MAX_PER_CLIENT} per client, and none
 * holding a thread while it waits. A stream's request is made asynchronous (Javalin's keep-alive) and its events are
 * sent by two shared scheduler threads, so 9,000 open streams cost two threads instead of 9,000 (each a stack of
 * its own). Hazard: a client that stops reading blocks a scheduler thread once its socket buffer is full, until
 * Jetty's idle timeout ends the connection; the events are small and few, so that takes a long time to happen.
 */
final class ProgressStreams {
    static final int MAX_PER_CLIENT = 4;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressStreams.class);

    private final long intervalMillis;
    private final Map<String, AtomicInteger> openByClient = new ConcurrentHashMap<>();
    private final ScheduledExecutorService senders;

    ProgressStreams(long intervalMillis) {
        this.intervalMillis = intervalMillis;
        AtomicInteger counter = new AtomicInteger();
        this.senders = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "progress-streams-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A place for one more stream of this client, or empty when it has {@link #MAX_PER_CLIENT} open already. */
    Optional<Slot> reserve(String client) {
        AtomicBoolean taken = new AtomicBoolean();
        openByClient.compute(client, (key, count) -> {
            AtomicInteger current = count == null ? new AtomicInteger() : count;
            if (current.get() < MAX_PER_CLIENT) {
                current.incrementAndGet();
                taken.set(true);
            }
            return current;
        });
        return taken.get() ? Optional.of(new Slot(client)) : Optional.empty();
    }

    /**
     * Sends {@code status()} as a "progress" event every interval until it is finished ("done", then the stream
     * ends), gone, or the client left; the slot is released at the end whichever way it comes.
     */
    <T> void follow(SseClient client, Slot slot, Supplier<Optional<T>> status, Predicate<T> finished,
                    Function<T, String> json) {
        client.onClose(slot::release);
        client.keepAlive(); // the request thread goes back to the pool when the handler returns
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable tick = () -> {
            try {
                if (client.terminated()) {
                    end(client, slot, task);
                    return;
                }
                Optional<T> current = status.get();
                if (current.isEmpty()) {
                    end(client, slot, task);
                    return;
                }
                String data = json.apply(current.get());
                client.sendEvent("progress", data);
                if (finished.test(current.get())) {
                    client.sendEvent("done", data);
                    end(client, slot, task);
                }
            } catch (RuntimeException e) {
                LOG.debug("progress stream ended: {}", e.toString());
                end(client, slot, task);
            }
        };
        task.set(senders.scheduleWithFixedDelay(tick, 0, intervalMillis, TimeUnit.MILLISECONDS));
    }

    private static void end(SseClient client, Slot slot, AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> scheduled = task.get();
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        slot.release();
        client.close();
    }

    /** One reserved place; released once, whoever releases it first (the stream's end, or a refused request). */
    final class Slot {
        private final String client;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(String client) {
            this.client = client;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                openByClient.computeIfPresent(client, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
            }
        }
    }
}
