package dev.bitofgit.ingest;

import dev.bitofgit.github.GitHubUser;
import java.util.Optional;

/**
 * What GitHub said before a job starts: the user ({@code userUnchanged}: GitHub answered 304), whether the token is
 * the user's own ({@code asOwner}: private repositories are visible), a note for the job's status, the user's new
 * ETag — saved only once the job has written the account row — and the token's owner when it is the user.
 */
record Preflight(GitHubUser user, boolean userUnchanged, boolean asOwner, Optional<String> note,
                 Optional<String> userEtag, Optional<GitHubUser> owner) {
}
