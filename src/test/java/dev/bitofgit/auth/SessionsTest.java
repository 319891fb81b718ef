package dev.bitofgit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bitofgit.store.Database;
import dev.bitofgit.store.SessionStore;
import dev.bitofgit.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {
    @TempDir
    Path dir;

    private Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Sessions sessions;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.sqlite(dir));
        sessions = new Sessions(new SessionStore(database), Duration.ofDays(30), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void issuedSession_resolvesUntilItExpires() {
        Sessions.Issued issued = sessions.issue(42, "Ada-S");
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(sessions.resolve(issued.token())).hasValueSatisfying(session -> {
            assertThat(session.accountId()).isEqualTo(42);
            assertThat(session.loginKey()).isEqualTo("ada-s");
        });
        clock.now = Instant.parse("2026-12-01T09:59:59Z");
        assertThat(sessions.resolve(issued.token())).isPresent();
        clock.now = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(sessions.resolve(issued.token())).isEmpty();
    }

    @Test
    void revokedSession_neverResolvesAgain_andStaleOnesAreDeleted() {
        Sessions.Issued issued = sessions.issue(42, "ada-s");
        assertThat(sessions.revoke(issued.token())).isTrue();
        assertThat(sessions.revoke(issued.token())).isFalse();
        assertThat(sessions.resolve(issued.token())).isEmpty();
        clock.now = clock.now.plus(Duration.ofDays(2));
        assertThat(sessions.deleteStale()).isEqualTo(1);
    }

    @Test
    void tokensAreRandomAndWellFormed() {
        List<String> tokens = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> sessions.issue(i, "user" + i).token()).toList();
        assertThat(tokens).doesNotHaveDuplicates().allSatisfy(token -> assertThat(token).matches("bgs_[A-Za-z0-9_-]{43}"));
        assertThat(sessions.resolve(tokens.get(0).substring(0, 46) + "x")).isEmpty();
        assertThat(sessions.resolve("")).isEmpty();
    }

    @Test
    void authenticator_takesSessionsAndOperatorKeys_refusesWrongOnesWithReasons() {
        Authenticator authenticator = new Authenticator(sessions, new ApiKeys(List.of("operator-key-0123456789")));
        Sessions.Issued issued = sessions.issue(7, "bob");
        assertThat(authenticator.authenticate(Optional.empty(), Optional.empty())).isEqualTo(Caller.ANONYMOUS);
        assertThat(authenticator.authenticate(Optional.of("Bearer " + issued.token()), Optional.empty())
                .toolContext().mayReadPrivate("BOB")).isTrue();
        Caller operator = authenticator.authenticate(Optional.of("bearer operator-key-0123456789"), Optional.empty());
        assertThat(operator.operator()).isTrue();
        assertThat(operator.toolContext().mayReadPrivate("bob")).isFalse();
        assertThat(authenticator.authenticate(Optional.empty(), Optional.of("operator-key-0123456789")).operator())
                .isTrue();
        assertThatThrownBy(() -> authenticator.authenticate(Optional.empty(), Optional.of("operator-key-012345678")))
                .isInstanceOf(Authenticator.Rejected.class).hasMessage("the X-API-Key header holds no valid operator key");
        assertThatThrownBy(() -> authenticator.authenticate(Optional.of("Token abc"), Optional.empty()))
                .hasMessage("the Authorization header must be 'Bearer <session token or operator key>'");
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
