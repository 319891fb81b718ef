// Markdown for answers and READMEs, rendered by markdown-it (its webjar is loaded by index.html before this module).
// Everything from the server is untrusted (commit messages, READMEs): with html:false raw HTML stays text, escaped,
// never markup; markdown-it refuses javascript:, vbscript:, file: and most data: links; and images become links,
// because the page's Content-Security-Policy loads images from this server only.
const markdownit = window.markdownit;
const md = markdownit ? markdownit({ html: false, linkify: true, typographer: false }) : null;

export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

if (md) {
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const source = token.attrGet("src") || "";
    const alt = self.renderInlineAsText(token.children || [], options, env) || source;
    return "<a class=\"image-link\" href=\"" + escapeHtml(source) + "\" target=\"_blank\" rel=\"noopener noreferrer\">"
      + "[image: " + escapeHtml(alt) + "]</a>";
  };
  const openLink = md.renderer.rules.link_open || ((tokens, index, options, env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    // Links leave the app in a new tab and tell the target nothing about it.
    tokens[index].attrSet("target", "_blank");
    tokens[index].attrSet("rel", "noopener noreferrer nofollow");
    return openLink(tokens, index, options, env, self);
  };
}

export function renderMarkdown(markdown) {
  if (!md) { return "<pre>" + escapeHtml(markdown) + "</pre>"; } // the library failed to load: plain text, still safe
  return md.render(String(markdown));
}
