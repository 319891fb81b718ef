package dev.bitofgit.mcp;

import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DNS-rebinding protection for /mcp: the Host header must name this server (loopback names, or the hosts a cloud
 * deployment lists), and a browser's Origin, when sent, must be one of those hosts too. Ports are not compared —
 * the server may run on any port — but a page on another host name is refused even if that name resolves here.
 */
public final class LoopbackSecurityValidator implements ServerTransportSecurityValidator {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final Set<String> allowedHosts;
    private final boolean anyHost;

    public LoopbackSecurityValidator(Set<String> extraHosts) {
        this(extraHosts, false);
    }

    /**
     * @param anyHost a public instance answers under whatever name its load balancer gives it; it requires a bearer
     *                credential on /mcp, which a rebinding page cannot send, so only the Origin is checked there
     */
    public LoopbackSecurityValidator(Set<String> extraHosts, boolean anyHost) {
        this.anyHost = anyHost;
        HashSet<String> hosts = new HashSet<>(LOOPBACK);
        extraHosts.forEach(host -> hosts.add(host.toLowerCase(Locale.ROOT)));
        this.allowedHosts = Set.copyOf(hosts);
    }

    @Override
    public void validateHeaders(Map<String, List<String>> headers) throws ServerTransportSecurityException {
        String host = header(headers, "host");
        if (host == null || (!anyHost && !allowedHosts.contains(hostName(host)))) {
            throw new ServerTransportSecurityException(403, "Forbidden: Host header not allowed");
        }
        String origin = header(headers, "origin");
        if (origin != null && !origin.equals("null")) {
            String originHost;
            try {
                originHost = URI.create(origin).getHost();
            } catch (IllegalArgumentException e) {
                originHost = null;
            }
            if (originHost == null || !allowedHosts.contains(originHost.toLowerCase(Locale.ROOT))) {
                throw new ServerTransportSecurityException(403, "Forbidden: Origin not allowed");
            }
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * The host a Host header names, lower case and without its port ({@code [::1]:8080} → {@code [::1]}); /mcp and
     * the web server's request gate compare it with their allowed hosts alike.
     */
    public static String hostName(String hostHeader) {
        String value = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(0, end + 1) : value;
        }
        int colon = value.indexOf(':');
        return colon >= 0 ? value.substring(0, colon) : value;
    }
}
