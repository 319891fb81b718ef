package dev.bitofgit.app;

import dev.bitofgit.store.AccountArchive;
import dev.bitofgit.store.StoreException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `bitofgit import FILE`: reads back what `export` wrote (idempotent) and indexes it for search by meaning. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an account written by `export` into the store (SQLite or PostgreSQL); idempotent.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    @Override
    public Integer call() throws Exception {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println("bitofgit: cannot read " + file);
            return Main.USAGE;
        }
        try (Application application = Application.open(parent.settings(null, null));
             InputStream in = Archives.input(path)) {
            application.requireWritableStore("import");
            var summary = new AccountArchive(application.database()).importFrom(in);
            System.out.println("imported " + summary.login() + ": " + summary.repositories() + " repositories, "
                    + summary.commits() + " commits");
            application.indexForMeaning(summary.login());
            Main.awaitMeaning(application);
            return Main.OK;
        } catch (StoreException e) {
            System.err.println("bitofgit: " + e.getMessage());
            return Main.FAILED;
        }
    }
}
