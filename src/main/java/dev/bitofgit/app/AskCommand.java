package dev.bitofgit.app;

import dev.bitofgit.answer.QueryResponse;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `bitofgit ask USERNAME QUESTION`: one answer from the store, with hints that name commands, not endpoints. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question about an ingested account, from the store only.")
final class AskCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "the account to ask about")
    String username;

    @Parameters(index = "1", paramLabel = "QUESTION", description = "the question, in quotes")
    String question;

    @Option(names = "--json", description = "print the whole structured response as JSON")
    boolean json;

    @Override
    public Integer call() {
        Settings settings = parent.settings(null, null);
        try (Application application = Application.open(settings)) {
            application.answerForCommandLine();
            QueryResponse response;
            try {
                response = application.queryService().ask(username, question, Optional.empty(),
                        application.localProcessContext());
            } catch (IllegalArgumentException e) {
                System.err.println("bitofgit: " + e.getMessage());
                return Main.USAGE;
            }
            if (json) {
                System.out.println(application.mapper().writeValueAsString(response));
            } else {
                System.out.println(response.answer());
                if (!response.suggestions().isEmpty()) {
                    System.out.println();
                    System.out.println("You could also ask: " + String.join(" · ", response.suggestions()));
                }
            }
            return Main.OK;
        }
    }
}
