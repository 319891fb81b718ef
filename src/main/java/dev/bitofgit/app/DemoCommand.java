package dev.bitofgit.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `bitofgit demo`: loads the offline demo account, then serves (or exits with --load-only). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the demo account octo-demo into the store (idempotent), then serve.",
            "The demo is generated offline: 25 repositories and about 4,500 commits over five years."})
final class DemoCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Mixin
    Main.ServerOptions server;

    @Mixin
    Main.GitHubOptions github;

    @Option(names = "--load-only", description = "load the demo account and exit instead of serving")
    boolean loadOnly;

    @Override
    public Integer call() {
        Settings settings = parent.settings(server, github);
        if (loadOnly) {
            try (Application application = Application.open(settings)) {
                application.requireWritableStore("demo");
                var result = application.loadDemo();
                System.out.println((result.alreadyLoaded() ? "already loaded: " : "loaded: ") + result.login()
                        + ", " + result.repos() + " repositories, " + result.commits() + " commits");
                Main.awaitMeaning(application);
            }
            return Main.OK;
        }
        return ServeCommand.serve(settings, true);
    }
}
