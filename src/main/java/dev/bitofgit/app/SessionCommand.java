package dev.bitofgit.app;

import dev.bitofgit.ingest.IngestRejected;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `bitofgit session USERNAME`: a session token for MCP clients over HTTP, proved by the account's own token. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"Print a session token for USERNAME, proved by the account's own GitHub token.",
            "Send it as 'Authorization: Bearer …' to /mcp, /tools, /query and /users: HTTP callers then see the",
            "account's private repositories (stdio and `ask` see everything anyway)."})
final class SessionCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Mixin
    Main.GitHubOptions github;

    @Parameters(paramLabel = "USERNAME", description = "the GitHub login the token belongs to")
    String username;

    @Option(names = "--token", paramLabel = "TOKEN", description = "the account's GitHub token (default: env GITHUB_TOKEN)")
    String token;

    @Override
    public Integer call() {
        Settings settings = parent.settings(null, github);
        Optional<String> proof = Optional.ofNullable(token).filter(value -> !value.isBlank()).or(settings::githubToken);
        if (proof.isEmpty()) {
            System.err.println("bitofgit: a session is proved by the account's own GitHub token: pass --token "
                    + "(or set GITHUB_TOKEN)");
            return Main.USAGE;
        }
        try (Application application = Application.open(settings)) {
            application.requireWritableStore("session");
            var issued = application.issueSession(username, proof.get());
            System.out.println(issued.token());
            System.err.println("session for " + username + " until " + issued.expiresAt()
                    + "; send it as 'Authorization: Bearer <token>' (bitofgit mcp-config shows where)");
            return Main.OK;
        } catch (IngestRejected e) {
            System.err.println("bitofgit: " + e.getMessage());
            return Main.exitCode(e);
        }
    }
}
