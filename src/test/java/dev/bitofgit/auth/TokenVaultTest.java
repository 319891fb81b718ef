package dev.bitofgit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.store.KeptTokenStore;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenVaultTest {
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 9);
    }

    @Test
    void sealedToken_isAesGcmCiphertextWithAFreshNonce_andOpensToTheToken() throws Exception {
        TokenVault vault = new TokenVault(KEY);
        KeptTokenStore.SealedToken first = vault.seal(42, "ghp_secret_token_value");
        KeptTokenStore.SealedToken second = vault.seal(42, "ghp_secret_token_value");
        assertThat(first.sealed()).isNotEqualTo(second.sealed()).doesNotContain("ghp_secret");
        assertThat(vault.open(first)).isEqualTo("ghp_secret_token_value");

        // Decrypt independently with the JDK: nonce (12 bytes) || ciphertext+tag, AAD naming the account.
        byte[] all = Base64.getDecoder().decode(first.sealed());
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, all, 0, 12));
        cipher.updateAAD("bitofgit-kept-token:42".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8))
                .isEqualTo("ghp_secret_token_value");
    }

    @Test
    void alteredMovedOrForeignKeyTokens_doNotOpen() {
        TokenVault vault = new TokenVault(KEY);
        KeptTokenStore.SealedToken sealed = vault.seal(42, "ghp_secret");
        byte[] bytes = Base64.getDecoder().decode(sealed.sealed());
        bytes[bytes.length - 1] ^= 1;
        KeptTokenStore.SealedToken altered = new KeptTokenStore.SealedToken(42,
                Base64.getEncoder().encodeToString(bytes), sealed.keyCheck());
        assertThatThrownBy(() -> vault.open(altered)).hasMessageContaining("does not open");
        KeptTokenStore.SealedToken moved = new KeptTokenStore.SealedToken(43, sealed.sealed(), sealed.keyCheck());
        assertThatThrownBy(() -> vault.open(moved)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> new TokenVault(OTHER_KEY).open(sealed))
                .hasMessageContaining("sealed with another BITOFGIT_SECRET_KEY");
        assertThatThrownBy(() -> new TokenVault(new byte[16])).hasMessage("the secret key must be 32 bytes (256 bits), got 16");
    }
}
