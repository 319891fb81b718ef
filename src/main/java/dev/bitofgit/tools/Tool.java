package dev.bitofgit.tools;

/**
 * A tool as one object, in the MCP SDK's shape: a definition (name, description, schemas, example) and the handler
 * it names. Adding a tool is one class implementing this and one line in {@link ToolCatalog}'s list.
 */
interface Tool {
    ToolDefinition definition();
}
