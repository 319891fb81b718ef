package dev.bitofgit.app;

import dev.bitofgit.mcp.McpServers;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `bitofgit mcp`: the MCP tools over stdio for desktop clients; stdout carries only the protocol. */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the MCP tools over stdio for desktop clients (Claude Desktop, Cursor, …).",
            "stdout carries only the protocol; logs go to stderr."})
final class McpCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = parent.settings(null, null);
        try (Application application = Application.open(settings)) {
            McpServers servers = application.mcpServers(application.localProcessContext());
            CountDownLatch closed = new CountDownLatch(1);
            // stdout carries only the protocol: the transport owns it, logs go to stderr.
            InputStreamWatcher in = new InputStreamWatcher(System.in, closed::countDown);
            var server = servers.build(new StdioServerTransportProvider(
                    servers.jsonMapper(), in, System.out));
            closed.await();
            server.closeGracefully();
        }
        return Main.OK;
    }
}
