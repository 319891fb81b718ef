package dev.bitofgit.answer;

/** The kinds of question the offline answerer understands. */
enum Intent {
    GREETING, HELP, SUMMARY, SEARCH_COMMITS, CONTRIBUTORS, STREAK, WEEKDAY, HOUR, STARS, FORKS, ARCHIVED, STALE_REPOS,
    LAST_COMMITS, LAST_COMMIT, COMMIT_COUNT, CI, TESTS, DOCKER, LICENSE, GOOD_PRACTICES, REPO_STACK, TECH_STACKS,
    LANGUAGES_MOST, LANGUAGE_REPOS, LIST_REPOS, MOST_ACTIVE, WORKED_ON, REPO_ABOUT, README_SEARCH, UNKNOWN;

    /** Intents whose answer is about one repository (a follow-up may supply it from the conversation). */
    boolean needsRepo() {
        return this == CONTRIBUTORS || this == LAST_COMMITS || this == LAST_COMMIT || this == REPO_ABOUT;
    }
}
