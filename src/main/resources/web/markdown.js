// A small markdown renderer for answers. Everything from the server is untrusted (commit messages, READMEs):
// the text is HTML-escaped first, and only a handful of constructs are turned into markup afterwards, so no
// tag or attribute from the input can ever reach the DOM.
export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])_([^_]+)_(?=$|[^_])/g, "$1<em>$2</em>");
}

export function renderMarkdown(markdown) {
  const lines = String(markdown).split("\n");
  const html = [];
  let list = false;
  for (const line of lines) {
    const item = line.match(/^\s*[-*]\s+(.*)$/);
    if (item) {
      if (!list) { html.push("<ul>"); list = true; }
      html.push("<li>" + inline(item[1]) + "</li>");
      continue;
    }
    if (list) { html.push("</ul>"); list = false; }
    if (line.trim() === "") { continue; }
    const heading = line.match(/^(#{1,3})\s+(.*)$/);
    if (heading) { html.push("<h3>" + inline(heading[2]) + "</h3>"); continue; }
    const quote = line.match(/^>\s?(.*)$/);
    if (quote) { html.push("<blockquote>" + inline(quote[1]) + "</blockquote>"); continue; }
    html.push("<p>" + inline(line) + "</p>");
  }
  if (list) { html.push("</ul>"); }
  return html.join("\n");
}
