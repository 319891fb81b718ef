package dev.bitofgit.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The operator keys of a public instance (BITOFGIT_API_KEYS): who may start ingests there. Compared in constant time
 * over their hashes, so neither timing nor a heap dump of this object gives a key away.
 */
public final class ApiKeys {
    private final List<byte[]> hashes;

    public ApiKeys(List<String> keys) {
        this.hashes = keys.stream().map(key -> Secrets.sha256(key.getBytes(StandardCharsets.UTF_8))).toList();
    }

    public boolean configured() {
        return !hashes.isEmpty();
    }

    public boolean matches(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        byte[] hash = Secrets.sha256(candidate.getBytes(StandardCharsets.UTF_8));
        boolean found = false;
        for (byte[] known : hashes) {
            found |= MessageDigest.isEqual(known, hash);
        }
        return found;
    }

    @Override
    public String toString() {
        return "ApiKeys[" + hashes.size() + " configured]";
    }
}
