package dev.bitofgit.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * `bitofgit mcp-config`: MCP client configurations to paste, with this machine's absolute paths (a desktop client
 * starts `bitofgit mcp` from anywhere, with little of the shell's PATH) and this store's location.
 */
@Command(name = "mcp-config", mixinStandardHelpOptions = true,
        description = {"Print MCP client configurations to paste (Claude Desktop, Claude Code, Cursor, VS Code, HTTP).",
            "Over stdio with absolute paths to java and this jar and the data directory; over HTTP for a running",
            "`bitofgit serve`."})
final class McpConfig implements Callable<Integer> {
    enum Client { ALL, CLAUDE_DESKTOP, CLAUDE_CODE, CURSOR, VSCODE, HTTP }

    @CommandLine.ParentCommand
    Main parent;

    @Mixin
    Main.ServerOptions server;

    @Option(names = "--client", paramLabel = "CLIENT", defaultValue = "all",
            converter = ClientConverter.class,
            description = "all (default), claude-desktop, claude-code, cursor, vscode or http; one client prints its "
                    + "configuration alone (no headings), ready for a file or a pipe")
    Client client;

    @Option(names = "--session", paramLabel = "TOKEN",
            description = "a session token (from `bitofgit session USERNAME --token …`) for the HTTP configuration")
    String session;

    static final class ClientConverter implements CommandLine.ITypeConverter<Client> {
        @Override
        public Client convert(String value) {
            try {
                return Client.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of all, claude-desktop, "
                        + "claude-code, cursor, vscode, http");
            }
        }
    }

    @Override
    public Integer call() {
        Settings settings = parent.settings(server, null);
        JsonMapper json = Json.mapper();
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jar = jarPath();
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SettingsLoader.DATA_DIR, settings.dataDir().toString());
        if (!settings.databaseUrl().equals("jdbc:sqlite:" + settings.dataDir().resolve("bitofgit.db"))) {
            env.put(SettingsLoader.DB_URL, settings.databaseUrl());
        }
        List<String> args = List.of("-jar", jar, "mcp");
        Map<String, Object> stdio = new LinkedHashMap<>();
        stdio.put("command", java);
        stdio.put("args", args);
        stdio.put("env", env);
        String stdioServers = pretty(json, Map.of("mcpServers", Map.of("bitofgit", stdio)));
        Map<String, Object> vscode = new LinkedHashMap<>();
        vscode.put("type", "stdio");
        vscode.putAll(stdio);
        String vscodeServers = pretty(json, Map.of("servers", Map.of("bitofgit", vscode)));
        StringBuilder claudeCode = new StringBuilder("claude mcp add bitofgit --scope user");
        env.forEach((name, value) -> claudeCode.append(" -e ").append(shellQuote(name + "=" + value)));
        claudeCode.append(" -- ").append(shellQuote(java));
        args.forEach(arg -> claudeCode.append(' ').append(shellQuote(arg)));
        String url = "http://127.0.0.1:" + (settings.port() == 0 ? 8000 : settings.port()) + "/mcp";
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("type", "http");
        http.put("url", url);
        http.put("headers", Map.of("Authorization", "Bearer " + (session == null ? "bgs_…" : session)));
        String httpServers = pretty(json, Map.of("mcpServers", Map.of("bitofgit", http)));

        switch (client) {
            case CLAUDE_DESKTOP, CURSOR -> System.out.println(stdioServers);
            case CLAUDE_CODE -> System.out.println(claudeCode);
            case VSCODE -> System.out.println(vscodeServers);
            case HTTP -> System.out.println(httpServers);
            case ALL -> {
                section("Claude Desktop: claude_desktop_config.json (macOS ~/Library/Application Support/Claude/, "
                        + "Windows %APPDATA%\\Claude\\; Settings > Developer > Edit Config), then restart it", stdioServers);
                section("Claude Code: run once", claudeCode.toString());
                section("Cursor: ~/.cursor/mcp.json (every project) or .cursor/mcp.json (one project)", stdioServers);
                section("VS Code: .vscode/mcp.json (or the command 'MCP: Add Server…')", vscodeServers);
                section("HTTP clients, with `bitofgit serve` running (Claude Code: claude mcp add --transport http "
                        + "bitofgit " + url + " --header \"Authorization: Bearer …\"). Without a session token the "
                        + "tools see public data only; get one with `bitofgit session USERNAME --token …`", httpServers);
                System.out.println("Over stdio the tools see the whole store at " + settings.dataDir()
                        + " (the same one `bitofgit demo` and `bitofgit ingest` fill).");
            }
            default -> throw new IllegalStateException("unhandled client " + client);
        }
        return Main.OK;
    }

    private static void section(String heading, String body) {
        System.out.println("# " + heading);
        System.out.println(body);
        System.out.println();
    }

    private static String pretty(JsonMapper json, Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /** The running jar, absolute (a class directory when run from an IDE or the build). */
    private static String jarPath() {
        try {
            return Path.of(McpConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().toString();
        } catch (URISyntaxException | SecurityException e) {
            return "/path/to/bitofgit.jar";
        }
    }

    private static String shellQuote(String value) {
        return value.matches("[A-Za-z0-9_./=:@%+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
