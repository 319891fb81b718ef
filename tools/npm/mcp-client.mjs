// Drives BitofGit's MCP server with the official MCP TypeScript SDK client, over Streamable HTTP or stdio, and
// prints one JSON document of what it saw. McpClientIT runs it and checks the results.
// Usage: node mcp-client.mjs http EXAMPLES URL USERNAME REPO [BEARER]
//      | node mcp-client.mjs stdio EXAMPLES JAR DATA_DIR USERNAME REPO
// EXAMPLES is a JSON object from tool name to the example arguments its definition carries (ToolDefinition.example):
// every tool the server lists is called with its own.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [mode, examplesJson, ...rest] = process.argv.slice(2);
const examples = JSON.parse(examplesJson);
let transport, username, repo;
if (mode === "http") {
  const [url, user, repository, bearer] = rest;
  // A session token travels as a bearer header, as any MCP client configured with headers sends it.
  const requestInit = bearer ? { headers: { Authorization: "Bearer " + bearer } } : undefined;
  transport = new StreamableHTTPClientTransport(new URL(url), { requestInit });
  username = user; repo = repository;
} else {
  const [jar, dataDir, user, repository] = rest;
  transport = new StdioClientTransport({
    command: "java", args: ["-jar", jar, "mcp"],
    env: { ...process.env, BITOFGIT_DATA_DIR: dataDir }, stderr: "ignore",
  });
  username = user; repo = repository;
}

const client = new Client({ name: "bitofgit-test-client", version: "1.0.0" });
await client.connect(transport);
const out = { server: client.getServerVersion(), capabilities: client.getServerCapabilities() };
const { tools } = await client.listTools();
out.tools = tools;
const argumentsFor = (name) => {
  if (!(name in examples)) {
    throw new Error(`the server lists ${name}, which has no example arguments`);
  }
  return examples[name];
};
out.calls = {};
for (const tool of tools) {
  // callTool validates structuredContent against the tool's outputSchema (the SDK client does this).
  out.calls[tool.name] = await client.callTool({ name: tool.name, arguments: argumentsFor(tool.name) });
}
out.badRepo = await client.callTool({ name: "get_repo_overview", arguments: { username, repo: repo + "x" } });
out.badArgument = await client.callTool({ name: "list_repos", arguments: { username, limit: 5000 } });
out.unknownUser = await client.callTool({ name: "list_repos", arguments: { username: "nobody-here" } });
out.templates = (await client.listResourceTemplates()).resourceTemplates;
out.readme = await client.readResource({ uri: `bitofgit://${username}/${repo}/readme` });
out.prompts = (await client.listPrompts()).prompts;
out.prompt = await client.getPrompt({ name: "summarize_my_year", arguments: { username, year: "2025" } });
out.review = await client.getPrompt({ name: "portfolio_review", arguments: { username } });
await client.close();
process.stdout.write(JSON.stringify(out));
