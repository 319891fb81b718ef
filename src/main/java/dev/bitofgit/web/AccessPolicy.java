package dev.bitofgit.web;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.auth.Authenticator;
import dev.bitofgit.auth.Caller;
import dev.bitofgit.auth.ClientLimits;
import dev.bitofgit.auth.TrustedProxies;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what over HTTP. {@code cloud}: the instance is public — POST /ingest needs an operator key when any is
 * configured, /mcp needs a bearer credential, and {@code limits} caps ingests and questions per client. Browser
 * origins in {@code corsOrigins} may call the API cross-origin; no other origin may. Behind load balancers listed in
 * {@code proxies}, a client is told apart by the address they forwarded.
 */
public record AccessPolicy(boolean cloud, Authenticator authenticator, Optional<ClientLimits> limits,
                           List<String> corsOrigins, long maxBodyBytes, TrustedProxies proxies) {
    public static final String INGEST_LIMIT = "ingest";
    public static final String QUERY_LIMIT = "query";
    /** Tool calls over REST and MCP: cheaper than a question, so four times its budget. */
    public static final String TOOL_LIMIT = "tool";

    public AccessPolicy {
        requireNonNull(authenticator, "authenticator == null");
        requireNonNull(limits, "limits == null");
        corsOrigins = List.copyOf(requireNonNull(corsOrigins, "corsOrigins == null"));
        requireNonNull(proxies, "proxies == null");
    }

    /**
     * Takes one request from the client's bucket of {@code limit}; the wait until the next is allowed when it is
     * empty. A client is its session's account, else its address (the forwarded one behind trusted proxies);
     * operators are not limited.
     */
    Optional<Duration> take(String limit, Caller caller, String remoteAddress,
                                      Optional<String> forwardedFor) {
        if (caller.operator() || limits.isEmpty()) {
            return Optional.empty();
        }
        String client = caller.identity().orElseGet(() -> "address:" + proxies.clientAddress(remoteAddress,
                forwardedFor));
        return limits.get().tryTake(limit, client);
    }
}
