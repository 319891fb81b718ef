package dev.bitofgit.answer;

import java.util.Optional;
import java.util.OptionalInt;

/** What the planner understood: the intent and the entities it found in the question. */
record ParsedQuestion(Intent intent, Optional<String> repo, Optional<String> language, Optional<String> technology,
                      Optional<TimeRange> range, OptionalInt count, Optional<String> searchTerm, boolean latestProject,
                      boolean mentionsIt, boolean yesNo) {
    ParsedQuestion withIntent(Intent newIntent) {
        return new ParsedQuestion(newIntent, repo, language, technology, range, count, searchTerm, latestProject, mentionsIt, yesNo);
    }

    ParsedQuestion withRepo(Optional<String> newRepo) {
        return new ParsedQuestion(intent, newRepo, language, technology, range, count, searchTerm, latestProject, mentionsIt, yesNo);
    }

    ParsedQuestion withRange(Optional<TimeRange> newRange) {
        return new ParsedQuestion(intent, repo, language, technology, newRange, count, searchTerm, latestProject, mentionsIt, yesNo);
    }
}
