package dev.bitofgit.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
    private static final List<String> REPOS = List.of("chat-server", "Weather-CLI", "site.github.io", "api", "api-gateway");

    @Test
    void namesTheRepositoriesAnAnswerMentionsInTheOrderItMentionsThem() {
        String answer = "Your busiest are **weather-cli** (40 commits), chat-server (12) and api-gateway. See also chat-server.";
        assertEquals(List.of("Weather-CLI", "chat-server", "api-gateway"), FollowUps.named(answer, REPOS));
    }

    @Test
    void aNameCountsOnlyAsAWholeName() {
        assertEquals(List.of(), FollowUps.named("chat-server-2 and chat-server.md and xapi and api_v2", REPOS));
        assertEquals(List.of("site.github.io", "api"), FollowUps.named("Pages: site.github.io. The api.", REPOS));
        assertEquals(List.of("api"), FollowUps.named("(api), /api/ and api's", REPOS));
    }

    @Test
    void regexCacheReturnsTheSameCompiledPatternAndStillMatches() {
        String regex = "\\bcache-test-" + System.nanoTime() + "\\b";
        assertSame(Regex.of(regex), Regex.of(regex));
        assertTrue(Regex.finds("\\bfoo\\b", "a foo b"));
        for (int i = 0; i <= Regex.LIMIT; i++) {
            Regex.of("x" + i);
        }
        assertTrue(Regex.finds("x1\\b", "x1"), "patterns still compile after the cache starts over");
    }
}
