package dev.bitofgit.app;

import dev.bitofgit.store.AccountArchive;
import dev.bitofgit.store.AccountCsv;
import dev.bitofgit.store.StoreException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `bitofgit export USERNAME FILE`: one account as JSON Lines or CSV; a failed export leaves no file behind. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write one account to FILE, or to standard output when FILE is -.",
            "JSON Lines (the default: repositories, files, READMEs, signals, commits; read back by `bitofgit import`;",
            "a name ending in .gz is gzip-compressed), or CSV of its commits or repositories (ISO-8601 timestamps)."})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(index = "0", paramLabel = "USERNAME")
    String username;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to write, or - for standard output")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default) or csv")
    String format;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "commits",
            description = "with --format csv: commits (default), repositories, pull_requests or issues")
    String table;

    @Option(names = "--no-private", description = "leave private repositories and their commits out")
    boolean noPrivate;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            System.err.println("bitofgit: --format must be jsonl or csv, got '" + format + "'");
            return Main.USAGE;
        }
        if (!List.of("commits", "repositories", "pull_requests", "issues").contains(table)) {
            System.err.println("bitofgit: --table must be commits, repositories, pull_requests or issues, got '"
                    + table + "'");
            return Main.USAGE;
        }
        boolean toStdout = file.equals("-");
        try (Application application = Application.open(parent.settings(null, null))) {
            if (application.accounts().findByLogin(username).isEmpty()) {
                // Checked before any file is created: a failed export leaves nothing behind.
                System.err.println("bitofgit: account '" + username + "' is not in this store (" 
                        + application.settings().redactedDatabaseUrl() + "); ingest it first: bitofgit ingest "
                        + username + " --token …");
                return Main.FAILED;
            }
            AccountArchive.Summary summary;
            if (toStdout) {
                OutputStream out = new FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush(); // standard output stays open
                    }
                };
                summary = write(application, out);
                out.flush();
            } else {
                Path named = Path.of(file);
                summary = WholeFile.write(named, partial -> {
                    try (OutputStream out = format.equals("csv")
                            ? new BufferedOutputStream(Files.newOutputStream(partial))
                            : Archives.output(partial, named)) {
                        return write(application, out);
                    }
                });
            }
            // The summary goes to stderr when the data goes to stdout, so a pipe gets the data only.
            (toStdout ? System.err : System.out).println("exported " + summary.login() + ": "
                    + ProgressBar.plural(summary.repositories(), "repository", "repositories") + ", "
                    + ProgressBar.plural(summary.commits(), rowNoun()) + " to " + (toStdout ? "standard output" : file));
            return Main.OK;
        } catch (StoreException e) {
            System.err.println("bitofgit: " + e.getMessage());
            return Main.FAILED;
        }
    }

    private AccountArchive.Summary write(Application application, OutputStream out)
            throws IOException {
        if (format.equals("jsonl")) {
            return new AccountArchive(application.database()).export(username, !noPrivate, out);
        }
        AccountCsv csv = new AccountCsv(application.database());
        return switch (table) {
            case "repositories" -> csv.repositories(username, !noPrivate, out);
            case "pull_requests" -> csv.pullRequests(username, !noPrivate, out);
            case "issues" -> csv.issues(username, !noPrivate, out);
            default -> csv.commits(username, !noPrivate, out);
        };
    }

    /** What the summary counts: commits, except for the pull request and issue tables. */
    private String rowNoun() {
        return !format.equals("csv") ? "commit" : switch (table) {
            case "pull_requests" -> "pull request";
            case "issues" -> "issue";
            default -> "commit";
        };
    }
}
