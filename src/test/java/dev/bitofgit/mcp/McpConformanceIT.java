package dev.bitofgit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitofgit.testing.JarProcess;
import dev.bitofgit.testing.NodeTools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official MCP conformance suite against the real jar. Scenarios that call the reference server's fixture tools,
 * resources and prompts cannot apply and are listed, each with its reason, in mcp-conformance-expected-failures.yml;
 * the suite fails on any other failure and on a listed scenario that starts passing.
 */
class McpConformanceIT {
    @TempDir
    Path dir;

    @Test
    void conformanceSuite_passesEveryApplicableScenario() throws Exception {
        Path baseline = Path.of(getClass().getResource("/mcp-conformance-expected-failures.yml").toURI());
        try (JarProcess server = JarProcess.start(Map.of("BITOFGIT_DATA_DIR", dir.toString(), "PORT", "0"), "demo")) {
            int port = server.awaitRunning(Duration.ofSeconds(60));
            NodeTools.Result result = NodeTools.run(NodeTools.npmDir(), 600,
                    "node_modules/@modelcontextprotocol/conformance/dist/index.js", "server",
                    "--url", "http://127.0.0.1:" + port + "/mcp", "--expected-failures", baseline.toString());
            String output = result.stdout() + result.stderr();
            assertThat(result.exitCode()).as(output).isZero();
            assertThat(output).contains("✓ server-initialize", "✓ ping", "✓ tools-list", "✓ resources-list",
                    "✓ prompts-list", "✓ logging-set-level", "✓ dns-rebinding-protection");
            server.stop();
        }
    }
}
