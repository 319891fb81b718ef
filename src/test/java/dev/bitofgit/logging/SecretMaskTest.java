package dev.bitofgit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets are masked by value, down to any 12-character fragment, and by shape. */
class SecretMaskTest {

    @Test
    void aFragmentOfARememberedToken_isMasked_whereverItIsCut() {
        String token = "tok_MaskTestSeen_AbCdEfGhIjKlMnOpQrStUv";
        SecretMask.rememberSeen(token);
        // Jetty's buffer dumps show a buffer's head and tail: the token is cut, its prefix gone.
        String dump = "HeapByteBuffer@1a2b[p=0,l=90]={<<<{\"github_token\":\"tok_MaskTe...AbCdEfGhIjKlMnOpQrStUv\"}>>>}";
        assertThat(SecretMask.mask(dump)).isEqualTo(
                "HeapByteBuffer@1a2b[p=0,l=90]={<<<{\"github_token\":\"tok_MaskTe...****\"}>>>}");
        assertThat(SecretMask.mask("x " + token.substring(3, 15) + " y")).isEqualTo("x **** y");
        assertThat(SecretMask.mask("x " + token.substring(3, 14) + " y")).as("11 characters are not a secret")
                .isEqualTo("x " + token.substring(3, 14) + " y");
    }

    @Test
    void aConfiguredOperatorKey_isMaskedAsJettysParserLogsIt() {
        SecretMask.rememberConfigured("opk_MaskTestOperator0123456789");
        String line = "parsedHeader HttpField@1[X-API-Key: opk_MaskTestOperator0123456789] "
                + "headerString=[X-API-Key], valueString=[opk_MaskTestOperator0123456789]";
        assertThat(SecretMask.mask(line)).isEqualTo(
                "parsedHeader HttpField@1[X-API-Key: ****] headerString=[X-API-Key], valueString=[****]");
    }

    @Test
    void anUnknownKeyHeader_isMaskedByShape() {
        assertThat(SecretMask.mask("headerString=[X-API-Key], valueString=[never-seen-before-key]"))
                .isEqualTo("headerString=[X-API-Key], valueString=[****]");
        assertThat(SecretMask.mask("Authorization: Bearer whatever.value here"))
                .isEqualTo("Authorization: Bearer **** here");
        assertThat(SecretMask.mask("cut: ghp_LeakCanary")).isEqualTo("cut: ****");
    }

    @Test
    void configuredSecrets_outliveTheOldestSeenTokens() {
        String configured = "cfg_MaskTestConfigured_0123456789";
        SecretMask.rememberConfigured(configured);
        SecretMask.rememberSeen(configured);
        String oldest = java.util.UUID.randomUUID().toString().replace("-", "");
        SecretMask.rememberSeen(oldest);
        for (int index = 0; index < SecretMask.MAX_SEEN; index++) {
            SecretMask.rememberSeen(java.util.UUID.randomUUID().toString().replace("-", ""));
        }
        assertThat(SecretMask.mask(configured)).isEqualTo("****");
        assertThat(SecretMask.mask(oldest)).as("the oldest seen token was forgotten").isEqualTo(oldest);
    }
}
