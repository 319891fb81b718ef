package dev.bitofgit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.ingest.IngestRejected;
import dev.bitofgit.ingest.IngestRejected.Reason;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IngestReasonsTest {

    @ParameterizedTest
    @CsvSource({
            "BAD_INPUT, 400, Bad Request",
            "TOKEN_REJECTED, 401, Unauthorized",
            "NOT_OWNER, 403, Forbidden",
            "NO_SUCH_USER, 404, Not Found",
            "GITHUB_UNAVAILABLE, 502, Bad Gateway",
            "RATE_LIMITED, 503, Service Unavailable"})
    void eachReason_mapsToItsStatusAndThatStatusesTitle(Reason reason, int status, String title) {
        ApiProblem problem = IngestReasons.problem(new IngestRejected(reason, "what went wrong"));

        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.detail()).isEqualTo("what went wrong");
    }

    @Test
    void everyReason_hasAStatusWithATitle() {
        for (Reason reason : EnumSet.allOf(Reason.class)) {
            assertThat(StatusTitles.of(IngestReasons.status(reason))).isNotBlank();
        }
    }
}
