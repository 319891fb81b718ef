// BitofGit web UI: plain ES modules, no build step. Talks to the same REST API as scripts do.
import { escapeHtml, renderMarkdown } from "/markdown.js";

const $ = (id) => document.getElementById(id);
const state = {
  username: localStorage.getItem("bitofgit.username") || "",
  conversationId: sessionStorage.getItem("bitofgit.conversation") || null,
  events: null,
  charts: [],
};

// A session proves the account (its private repositories become visible); kept per account in this browser only.
const sessionKey = (username) => "bitofgit.session." + (username || "").toLowerCase();
const sessionFor = (username) => localStorage.getItem(sessionKey(username));
function keepSession(username, answer) {
  if (answer.session_token) { localStorage.setItem(sessionKey(username), answer.session_token); }
}

async function api(path, body) {
  const headers = {};
  const session = sessionFor(state.username);
  if (session) { headers.Authorization = "Bearer " + session; }
  const options = body === undefined ? { headers } : {
    method: "POST", headers: Object.assign(headers, { "Content-Type": "application/json" }), body: JSON.stringify(body),
  };
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    throw new Error("BitofGit cannot be reached. Check that the server is running, then try again.");
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : {};
  if (response.status === 401 && session) {
    // The session expired or was revoked: forget it and continue with public data.
    localStorage.removeItem(sessionKey(state.username));
    return api(path, body);
  }
  if (!response.ok) {
    throw Object.assign(new Error(data.detail || ("HTTP " + response.status)), { status: response.status });
  }
  return data;
}

const tool = (name, args) => api("/tools/" + name, Object.assign({ username: state.username }, args || {}));

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

function showBanner(message) {
  $("banner").textContent = message || "";
  $("banner").hidden = !message;
}

function show(view) {
  for (const section of document.querySelectorAll(".view")) {
    section.hidden = section.id !== "view-" + view;
  }
  $("account-label").textContent = state.username ? "Account: " + state.username : "";
}

function setUser(username) {
  state.username = username;
  localStorage.setItem("bitofgit.username", username);
}

function disposeCharts() {
  state.charts.forEach((chart) => chart.dispose());
  state.charts = [];
}

function chart(element, option) {
  if (!window.echarts) { element.textContent = "Charts are loading…"; return; }
  const instance = window.echarts.init(element, null, { renderer: "svg" });
  instance.setOption(Object.assign({ animation: false, tooltip: {} }, option));
  state.charts.push(instance);
  return instance;
}

window.addEventListener("resize", () => state.charts.forEach((c) => c.resize()));

// ---------------------------------------------------------------- connect and progress

async function connect(event) {
  event.preventDefault();
  showError("");
  const username = $("username").value.trim();
  if (!username) { showError("Enter a GitHub username."); $("username").focus(); return; }
  const body = { username, include_private: $("include-private").checked };
  const token = $("token").value.trim();
  if (token) { body.github_token = token; }
  $("connect").disabled = true;
  try {
    const job = await api("/ingest", body);
    $("token").value = ""; // the token was sent once; it is not kept in the page
    setUser(job.username);
    keepSession(job.username, job);
    localStorage.setItem("bitofgit.job", job.job_id);
    location.hash = "#/progress/" + job.job_id;
  } catch (e) {
    const hints = {
      401: "GitHub rejected the token. Create a new one or leave the field empty for public data.",
      404: "Check the spelling of the username.",
      429: "Too many requests — wait a minute and try again.",
      502: "GitHub could not be reached. Try again in a moment.",
      503: "GitHub's rate limit is exhausted. Try again later or add a token.",
    };
    showError(e.message + (hints[e.status] ? ". " + hints[e.status] : ""));
  } finally {
    $("connect").disabled = false;
  }
}

async function tryDemo() {
  showError("");
  try {
    const demo = await api("/demo", {});
    setUser(demo.username);
    keepSession(demo.username, demo);
    location.hash = "#/dashboard";
  } catch (e) {
    showError(e.message);
  }
}

// EventSource cannot send the session, and a job shows its private part only to the account's session: fetch reads
// the same event stream with it.
function followEvents(path, onEvent) {
  const controller = new AbortController();
  const headers = { Accept: "text/event-stream" };
  const session = sessionFor(state.username);
  if (session) { headers.Authorization = "Bearer " + session; }
  (async () => {
    try {
      const response = await fetch(path, { headers, signal: controller.signal });
      if (!response.ok || !response.body) { return; }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) { return; }
        buffer += value.replace(/\r\n/g, "\n");
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = "message";
          const data = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("event:")) { type = line.slice(6).trim(); }
            if (line.startsWith("data:")) { data.push(line.slice(5).replace(/^ /, "")); }
          }
          if (data.length) { onEvent({ type, data: data.join("\n") }); }
        }
      }
    } catch (e) {
      // closed by the page, or the connection ended: nothing to show
    }
  })();
  return { close: () => controller.abort() };
}

function progress(jobId) {
  show("progress");
  $("progress-user").textContent = state.username;
  if (state.events) { state.events.close(); }
  let source = null;
  const update = (event) => {
    const job = JSON.parse(event.data);
    const percent = job.repos_total ? Math.round(100 * job.repos_done / job.repos_total) : 0;
    $("progress-fill").style.width = percent + "%";
    $("progress-bar").setAttribute("aria-valuenow", String(percent));
    const parts = [job.repos_done + " of " + job.repos_total + " repositories", job.commits_stored + " commits",
      job.requests + " GitHub requests"];
    if (job.rate_limit_remaining !== null && job.rate_limit_remaining !== undefined) { parts.push("rate limit " + job.rate_limit_remaining); }
    if (job.eta_seconds) { parts.push("about " + job.eta_seconds + " s left"); }
    $("progress-text").textContent = (job.message ? job.message + " — " : "") + parts.join(" · ");
    $("progress-errors").replaceChildren(...(job.errors || []).map((e) => {
      const li = document.createElement("li");
      li.textContent = e.repo + ": " + e.error;
      return li;
    }));
    if (event.type === "done") {
      source.close();
      const finished = { completed: "Done.", completed_with_errors: "Done, but some repositories failed (listed below).",
        failed: "The ingest failed.", not_found: "There is no such GitHub user." }[job.status] || job.status;
      $("progress-text").textContent = finished + " " + $("progress-text").textContent;
      $("progress-bar").dataset.status = job.status;
    }
  };
  source = followEvents("/ingest/" + encodeURIComponent(jobId) + "/events", (event) => {
    if (event.type === "progress" || event.type === "done") { update(event); }
  });
  state.events = source;
}

// ---------------------------------------------------------------- dashboard

async function dashboard() {
  show("dashboard");
  disposeCharts();
  if (!state.username) { location.hash = "#/"; return; }
  showError("");
  try {
    const status = await api("/users/" + encodeURIComponent(state.username));
    if (status.repo_count === 0) {
      showBanner(status.status === "running" || status.status === "pending"
        ? "The ingest is still running; the dashboard fills in as repositories finish."
        : "Nothing is stored for " + state.username + " yet. Connect the account first.");
      if (status.status !== "running" && status.status !== "pending") { return; }
    } else {
      showBanner(status.status === "running" || status.status === "pending"
        ? "Partial data: the ingest of " + state.username + " is still running." : "");
    }
    const today = new Date();
    const yearAgo = new Date(today.getTime() - 364 * 86400000);
    const iso = (d) => d.toISOString().slice(0, 10);
    const [summary, days, months, languages, metrics] = await Promise.all([
      tool("get_account_summary"),
      tool("get_activity_summary", { group_by: "day", since: iso(yearAgo) }),
      tool("get_activity_summary", { group_by: "month" }),
      tool("get_language_breakdown"),
      tool("aggregate_repo_metrics"),
    ]);
    const totals = [
      ["Repositories", summary.repos.total], ["Commits", summary.commits.total], ["Your commits", summary.commits.own],
      ["Stars", summary.stars], ["Active days", summary.commits.active_days], ["Languages", languages.by_bytes.length],
    ];
    $("totals").replaceChildren(...totals.map(([label, value]) => {
      const div = document.createElement("div");
      div.className = "total";
      div.innerHTML = "<b>" + escapeHtml(value) + "</b>" + escapeHtml(label);
      return div;
    }));
    chart($("chart-calendar"), {
      visualMap: { show: false, min: 0, max: Math.max(1, ...days.series.map((d) => d.commits)),
        inRange: { color: ["#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"] } },
      calendar: { range: [iso(yearAgo), iso(today)], cellSize: ["auto", 13], left: 30, right: 10, top: 20,
        itemStyle: { borderColor: "#fff", borderWidth: 2 }, splitLine: { show: false }, yearLabel: { show: false } },
      series: [{ type: "heatmap", coordinateSystem: "calendar", data: days.series.map((d) => [d.period, d.commits]) }],
    });
    chart($("chart-months"), {
      grid: { left: 40, right: 10, top: 10, bottom: 40 },
      xAxis: { type: "category", data: months.series.map((s) => s.period) }, yAxis: { type: "value" },
      series: [{ type: "bar", name: "commits", data: months.series.map((s) => s.commits) }],
    });
    chart($("chart-languages"), {
      series: [{ type: "pie", radius: ["35%", "70%"],
        data: languages.by_bytes.slice(0, 8).map((l) => ({ name: l.language, value: l.bytes })) }],
    });
    $("top-repos").replaceChildren(...summary.top_repos.map((r) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = "#/repo/" + encodeURIComponent(r.name);
      a.textContent = r.name;
      li.append(a, " — " + r.own_commits + " of your commits" + (r.language ? ", " + r.language : ""));
      return li;
    }));
    const total = metrics.repos || 1;
    const signal = (label, count) => {
      const li = document.createElement("li");
      li.textContent = label + ": " + count + " of " + metrics.repos + " repos (" + Math.round(100 * count / total) + "%)";
      return li;
    };
    $("signals").replaceChildren(signal("CI", metrics.signals.ci), signal("Tests", metrics.signals.tests),
      signal("Docker", metrics.signals.docker), signal("License", metrics.signals.license));
  } catch (e) {
    showError(e.message);
  }
}

// ---------------------------------------------------------------- chat

function addMessage(kind, content) {
  const div = document.createElement("div");
  div.className = "msg " + kind;
  if (kind === "user") { div.textContent = content; } else { div.innerHTML = content; }
  $("messages").append(div);
  div.scrollIntoView({ block: "nearest" });
  return div;
}

function chips(suggestions) {
  $("chips").replaceChildren(...(suggestions || []).map((text) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "chip";
    button.textContent = text;
    button.addEventListener("click", () => ask(text));
    return button;
  }));
}

async function ask(question) {
  if (!question.trim()) { return; }
  if (!state.username) { showError("Connect an account first."); return; }
  showError("");
  addMessage("user", question);
  const pending = addMessage("bot", "<p>Thinking…</p>");
  $("question").value = "";
  try {
    const response = await api("/query", { username: state.username, question,
      conversation_id: state.conversationId || undefined });
    state.conversationId = response.conversation_id;
    sessionStorage.setItem("bitofgit.conversation", response.conversation_id);
    pending.innerHTML = renderMarkdown(response.answer);
    pending.dataset.answerer = response.answerer;
    if (response.chart) {
      const box = document.createElement("div");
      box.className = "chart answer-chart";
      pending.append(box);
      chart(box, { grid: { left: 40, right: 10, top: 30, bottom: 50 }, title: { text: response.chart.title, textStyle: { fontSize: 13 } },
        xAxis: { type: "category", data: response.chart.labels, axisLabel: { rotate: 30 } }, yAxis: { type: "value" },
        series: [{ type: response.chart.type === "line" ? "line" : "bar", name: response.chart.series, data: response.chart.values }] });
    }
    if (response.tool_calls.length) {
      const details = document.createElement("details");
      details.className = "tool-calls";
      const summary = document.createElement("summary");
      summary.textContent = "Tool calls behind this answer (" + response.tool_calls.length + ")";
      const pre = document.createElement("pre");
      pre.textContent = response.tool_calls.map((c) => c.tool + " " + JSON.stringify(c.arguments) + "\n→ "
        + JSON.stringify(c.result).slice(0, 2000)).join("\n\n");
      details.append(summary, pre);
      pending.append(details);
    }
    chips(response.suggestions);
  } catch (e) {
    pending.textContent = "Sorry — " + e.message;
  }
}

function chat() {
  show("chat");
  if (!state.username) { location.hash = "#/"; return; }
  if (!$("messages").children.length) {
    chips(["Summarize my GitHub", "What did I work on last month?", "Which languages do I use most?"]);
  }
  $("question").focus();
}

// ---------------------------------------------------------------- repo page

async function repo(name) {
  show("repo");
  disposeCharts();
  showError("");
  try {
    const [overview, months, commits] = await Promise.all([
      tool("get_repo_overview", { repo: name }),
      tool("get_activity_summary", { repo: name, group_by: "month" }),
      tool("get_commit_timeline", { repo: name, limit: 10 }),
    ]);
    $("repo-title").textContent = overview.name;
    const s = overview.signals || {};
    const facts = [
      overview.description || "No description.",
      "Languages: " + (overview.languages.map((l) => l.language + " " + l.percent + "%").join(", ") || "none"),
      "Tech stack: " + (overview.technologies.join(", ") || "none detected"),
      "Commits: " + overview.commits.total + " (" + overview.commits.own + " yours) · " + overview.stars + " stars",
      "Signals: CI " + (s.has_ci ? "yes (" + s.ci_systems.join(", ") + ")" : "no") + " · tests " + (s.has_tests ? "yes" : "no")
        + " · Docker " + (s.has_docker ? "yes" : "no") + " · license " + (s.has_license ? "yes" : "no"),
    ];
    $("repo-overview").replaceChildren(...facts.map((text) => { const p = document.createElement("p"); p.textContent = text; return p; }));
    chart($("chart-repo"), { grid: { left: 40, right: 10, top: 10, bottom: 40 },
      xAxis: { type: "category", data: months.series.map((m) => m.period) }, yAxis: { type: "value" },
      series: [{ type: "bar", data: months.series.map((m) => m.commits) }] });
    $("repo-commits").replaceChildren(...commits.commits.map((c) => {
      const li = document.createElement("li");
      li.textContent = c.date.slice(0, 10) + " " + c.author + ": " + c.message;
      return li;
    }));
    $("repo-readme").textContent = overview.readme ? overview.readme.text : "No README.";
  } catch (e) {
    showError(e.message);
  }
}

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash || "#/";
  showBanner("");
  if (hash.startsWith("#/progress/")) { progress(decodeURIComponent(hash.slice(11))); return; }
  if (hash.startsWith("#/repo/")) { repo(decodeURIComponent(hash.slice(7))); return; }
  if (hash === "#/dashboard") { dashboard(); return; }
  if (hash === "#/chat") { chat(); return; }
  show("connect");
  if (state.username) { $("username").value = state.username; }
}

$("connect-form").addEventListener("submit", connect);
$("try-demo").addEventListener("click", tryDemo);
$("chat-form").addEventListener("submit", (event) => { event.preventDefault(); ask($("question").value); });
$("question").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); ask($("question").value); }
});
window.addEventListener("hashchange", route);
route();
