package dev.bitofgit.app;

import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `bitofgit serve` (and the default with no command): the HTTP API, /mcp and the UI until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API, /mcp and the web UI (the default command).")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Mixin
    Main.ServerOptions server;

    @Mixin
    Main.GitHubOptions github;

    @Override
    public Integer call() {
        return serve(parent.settings(server, github), false);
    }

    static int serve(Settings settings, boolean loadDemo) {
        Logger log = LoggerFactory.getLogger(Main.class);
        Application application = Application.open(settings);
        try {
            application.requireWritableStore(loadDemo ? "demo" : "serve");
        } catch (ConfigurationException e) {
            application.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            application.close();
            stopped.countDown();
        }, "bitofgit-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        if (loadDemo) {
            var result = application.loadDemo();
            log.info(result.alreadyLoaded()
                            ? "Demo account {} already loaded: {} repositories, {} commits"
                            : "Demo account {} loaded: {} repositories, {} commits",
                    result.login(), result.repos(), result.commits());
        }
        try {
            application.startServer();
        } catch (RuntimeException e) {
            if (!isBindFailure(e)) {
                throw e;
            }
            Runtime.getRuntime().removeShutdownHook(shutdown); // closed here, once: no warnings after the message
            application.close();
            throw new ConfigurationException("port " + settings.port() + " is in use; set PORT or --port, 0 picks a free one");
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** Jetty's "address already in use", however Javalin wraps it. */
    static boolean isBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException || cause.getClass().getSimpleName().contains("BindException")) {
                return true;
            }
        }
        return false;
    }
}
