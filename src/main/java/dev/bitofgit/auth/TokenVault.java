package dev.bitofgit.auth;

import static java.util.Objects.requireNonNull;

import dev.bitofgit.store.KeptTokenStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals GitHub tokens an owner chose to keep (for re-syncs without them) with AES-256-GCM under the key from
 * BITOFGIT_SECRET_KEY: a fresh 96-bit nonce per token, the account id as associated data (a sealed token moved to
 * another account's row does not open), and a key check so a rotated key is reported as such.
 */
public final class TokenVault {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyCheck;

    /** @param key 32 bytes */
    public TokenVault(byte[] key) {
        requireNonNull(key, "key == null");
        if (key.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes (256 bits), got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyCheck = HexFormat.of().formatHex(Secrets.sha256(("bitofgit-key-check:" + HexFormat.of().formatHex(
                Secrets.sha256(key))).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    public KeptTokenStore.SealedToken seal(long accountId, String token) {
        requireNonNull(token, "token == null");
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new KeptTokenStore.SealedToken(accountId, Base64.getEncoder().encodeToString(out), keyCheck);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Opens a sealed token; fails with a clear message when it was sealed under another key or was altered. */
    public String open(KeptTokenStore.SealedToken sealed) {
        if (!sealed.keyCheck().equals(keyCheck)) {
            throw new IllegalStateException("the kept token of account " + sealed.accountId()
                    + " was sealed with another BITOFGIT_SECRET_KEY; the owner must ingest again with a token");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.sealed());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed.accountId()));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the kept token of account " + sealed.accountId()
                    + " does not open (altered or not ours); the owner must ingest again with a token");
        }
    }

    private static byte[] associatedData(long accountId) {
        return ("bitofgit-kept-token:" + accountId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TokenVault[key=(redacted)]";
    }
}
