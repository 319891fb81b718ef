package dev.bitofgit.app;

import dev.bitofgit.auth.ApiKeys;
import dev.bitofgit.auth.Authenticator;
import dev.bitofgit.auth.ClientLimits;
import dev.bitofgit.auth.SealedTokenKeeper;
import dev.bitofgit.auth.Sessions;
import dev.bitofgit.auth.TokenVault;
import dev.bitofgit.auth.TrustedProxies;
import dev.bitofgit.ingest.TokenKeeper;
import dev.bitofgit.logging.SecretMask;
import dev.bitofgit.mcp.LoopbackSecurityValidator;
import dev.bitofgit.mcp.McpServers;
import dev.bitofgit.store.Database;
import dev.bitofgit.store.KeptTokenStore;
import dev.bitofgit.web.AccessPolicy;
import dev.bitofgit.web.McpAccessFilter;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The security settings turned into the objects that enforce them — the HTTP access policy, the sealing of kept
 * tokens, the MCP endpoint's Host/Origin check and caller context, the secrets masked in logs — so the composition
 * root only wires them in.
 */
final class AccessWiring {
    private AccessWiring() {
    }

    /** The configuration's secrets are masked in every log line, by value, before anything can log them. */
    static void rememberSecrets(Settings settings) {
        settings.security().apiKeys().forEach(SecretMask::rememberConfigured);
        settings.openaiApiKey().ifPresent(SecretMask::rememberConfigured);
        settings.githubToken().ifPresent(SecretMask::rememberConfigured);
        settings.security().secretKey().ifPresent(key -> {
            SecretMask.rememberConfigured(Base64.getEncoder().encodeToString(key));
            SecretMask.rememberConfigured(Base64.getUrlEncoder().encodeToString(key));
        });
    }

    /** Seals kept tokens with BITOFGIT_SECRET_KEY; absent when the operator set no key (tokens are then never kept). */
    static Optional<TokenKeeper> tokenKeeper(Settings settings, Database database) {
        return settings.security().secretKey().map(key -> new SealedTokenKeeper(
                new TokenVault(key), new KeptTokenStore(database), Clock.systemUTC()));
    }

    /** Who may do what over HTTP: sessions and operator keys, per-client limits in the cloud, CORS, trusted proxies. */
    static AccessPolicy accessPolicy(Settings settings, Sessions sessions, long maxBodyBytes) {
        SecuritySettings security = settings.security();
        boolean cloud = settings.deployMode() == DeployMode.CLOUD;
        Optional<ClientLimits> limits = cloud
                ? Optional.of(new ClientLimits(List.of(
                        new ClientLimits.Limit(AccessPolicy.INGEST_LIMIT,
                                security.ingestsPerHour(), Duration.ofHours(1)),
                        new ClientLimits.Limit(AccessPolicy.QUERY_LIMIT,
                                security.queriesPerMinute(), Duration.ofMinutes(1)),
                        new ClientLimits.Limit(AccessPolicy.TOOL_LIMIT,
                                security.queriesPerMinute() * 4L, Duration.ofMinutes(1)))))
                : Optional.empty();
        return new AccessPolicy(cloud,
                new Authenticator(sessions, new ApiKeys(security.apiKeys())),
                limits, security.corsOrigins(), maxBodyBytes,
                TrustedProxies.parse(security.trustedProxies()));
    }

    /** The MCP endpoint: its size limit, Host/Origin validation and the caller's view for every tool call. */
    static HttpServletStreamableServerTransportProvider mcpTransport(McpServers servers, Settings settings,
                                                                     int maxBodyBytes) {
        boolean local = settings.deployMode() == DeployMode.LOCAL;
        Set<String> originHosts = new HashSet<>();
        settings.security().corsOrigins().forEach(origin -> originHosts.add(URI.create(origin).getHost()));
        return HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(servers.jsonMapper())
                .mcpEndpoint("/mcp")
                .maxRequestSize(maxBodyBytes)
                .securityValidator(new LoopbackSecurityValidator(originHosts, !local))
                .contextExtractor(request -> McpTransportContext.create(Map.of(
                        McpServers.TOOL_CONTEXT,
                        McpAccessFilter.callerOf(request).toolContext())))
                .build();
    }
}
