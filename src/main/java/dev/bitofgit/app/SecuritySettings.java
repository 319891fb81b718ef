package dev.bitofgit.app;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The settings of SECURITY.md: operator keys, the key that seals kept tokens, allowed browser origins, per-client
 * limits and session lifetime. Secrets are redacted from {@link #toString()}.
 */
public record SecuritySettings(
        List<String> apiKeys,
        Optional<byte[]> secretKey,
        List<String> corsOrigins,
        int ingestsPerHour,
        int queriesPerMinute,
        Duration sessionLifetime,
        Duration resyncInterval,
        List<String> trustedProxies) {

    public SecuritySettings {
        apiKeys = List.copyOf(requireNonNull(apiKeys, "apiKeys == null"));
        requireNonNull(secretKey, "secretKey == null");
        corsOrigins = List.copyOf(requireNonNull(corsOrigins, "corsOrigins == null"));
        requireNonNull(sessionLifetime, "sessionLifetime == null");
        requireNonNull(resyncInterval, "resyncInterval == null");
        trustedProxies = List.copyOf(requireNonNull(trustedProxies, "trustedProxies == null"));
    }

    public static SecuritySettings defaults() {
        return new SecuritySettings(List.of(), Optional.empty(), List.of(), 10, 30, Duration.ofDays(30), Duration.ZERO, List.of());
    }

    @Override
    public String toString() {
        return "SecuritySettings[apiKeys=" + apiKeys.size() + " set, secretKey=" + (secretKey.isPresent() ? "(set)" : "(unset)")
                + ", corsOrigins=" + corsOrigins + ", ingestsPerHour=" + ingestsPerHour + ", queriesPerMinute="
                + queriesPerMinute + ", sessionLifetime=" + sessionLifetime + ", resyncInterval=" + resyncInterval + ", trustedProxies=" + trustedProxies + "]";
    }
}
