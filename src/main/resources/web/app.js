// BitofGit web UI: plain ES modules, no build step. Talks to the same REST API as scripts do.
import { renderMarkdown } from "/markdown.js";

const $ = (id) => document.getElementById(id);
const state = {
  username: localStorage.getItem("bitofgit.username") || "",
  conversationId: sessionStorage.getItem("bitofgit.conversation") || null,
  shownConversation: null, // the conversation whose messages are on the page
  dashboardAfterJob: null, // the job this page started: when it finishes, the dashboard opens
  notice: "", // said once by the next dashboard (an ingest that finished with errors)
  events: null,
  charts: [],
};

const numberFormat = new Intl.NumberFormat();
const number = (value) => numberFormat.format(value || 0);
const darkMode = window.matchMedia("(prefers-color-scheme: dark)");

// A session proves the account (its private repositories become visible); kept per account in this browser only.
const sessionKey = (username) => "bitofgit.session." + (username || "").toLowerCase();
const sessionFor = (username) => localStorage.getItem(sessionKey(username));
function keepSession(username, answer) {
  if (answer.session_token) { localStorage.setItem(sessionKey(username), answer.session_token); }
}

async function api(path, body, method) {
  const headers = {};
  const session = sessionFor(state.username);
  if (session) { headers.Authorization = "Bearer " + session; }
  const options = body === undefined ? { headers, method: method || "GET" } : {
    method: method || "POST", headers: Object.assign(headers, { "Content-Type": "application/json" }), body: JSON.stringify(body),
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
  $("switch-account").hidden = !state.username;
  $("sign-out").hidden = !state.username;
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
  const instance = window.echarts.init(element, darkMode.matches ? "dark" : null, { renderer: "svg" });
  instance.setOption(Object.assign({ animation: false, tooltip: {}, backgroundColor: "transparent" }, option));
  state.charts.push(instance);
  return instance;
}

// Commits per month on a time axis: every month between the first and the last is a bar, the empty ones too.
function monthlyChart(element, series, from, to) {
  const counts = new Map(series.map((s) => [s.period, s.commits]));
  const periods = series.map((s) => s.period).sort();
  const first = from || periods[0];
  const last = to || periods[periods.length - 1];
  const data = [];
  if (first && last) {
    let [year, month] = first.split("-").map(Number);
    for (let period = first; period <= last;) {
      data.push([period + "-01", counts.get(period) || 0]);
      month += 1;
      if (month > 12) { month = 1; year += 1; }
      period = year + "-" + String(month).padStart(2, "0");
    }
  }
  return chart(element, {
    grid: { left: 48, right: 16, top: 10, bottom: 30 },
    tooltip: { trigger: "axis", valueFormatter: number },
    xAxis: { type: "time", minInterval: 28 * 86400000 },
    yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: number } },
    series: [{ type: "bar", name: "commits", barMaxWidth: 18, data }],
  });
}

window.addEventListener("resize", () => state.charts.forEach((c) => c.resize()));
darkMode.addEventListener("change", () => route()); // charts take their theme when drawn

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
    state.dashboardAfterJob = job.job_id;
    location.hash = "#/progress/" + job.job_id;
  } catch (e) {
    const hints = {
      401: "Make a new token (see “How to make a token” above) and try again.",
      404: "Check the spelling of the username.",
      429: "Too many requests — wait a minute and try again.",
      502: "GitHub could not be reached. Try again in a moment.",
      503: "GitHub's rate limit is exhausted. Try again later or add a token.",
    };
    const message = e.message.replace(/\.$/, "");
    showError(message + (hints[e.status] ? ". " + hints[e.status] : ""));
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
  let sawRunning = false;
  const update = (event) => {
    const job = JSON.parse(event.data);
    const percent = job.repos_total ? Math.round(100 * job.repos_done / job.repos_total) : 0;
    $("progress-fill").style.width = percent + "%";
    $("progress-bar").setAttribute("aria-valuenow", String(percent));
    const parts = [number(job.repos_done) + " of " + number(job.repos_total) + " repositories",
      number(job.commits_stored) + " commits", number(job.requests) + " GitHub " + (job.requests === 1 ? "request" : "requests")];
    if (job.rate_limit_remaining !== null && job.rate_limit_remaining !== undefined) { parts.push("rate limit " + number(job.rate_limit_remaining)); }
    if (job.eta_seconds) { parts.push("about " + number(job.eta_seconds) + " s left"); }
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
      // A job this page started or watched running opens the dashboard when it is done; a finished job looked up
      // later stays here, so its errors can be read.
      const watched = state.dashboardAfterJob === jobId || sawRunning;
      if (watched && (job.status === "completed" || job.status === "completed_with_errors")
          && location.hash === "#/progress/" + encodeURIComponent(jobId)) {
        state.dashboardAfterJob = null;
        if (job.status === "completed_with_errors") {
          state.notice = "The ingest finished, but " + number((job.errors || []).length) + " of "
            + number(job.repos_total) + " repositories failed: " + (job.errors || []).map((e) => e.repo).join(", ")
            + ". Their details are on the progress page.";
        }
        location.replace("#/dashboard");
      }
    } else if (job.status === "pending" || job.status === "running") {
      sawRunning = true;
    }
  };
  source = followEvents("/ingest/" + encodeURIComponent(jobId) + "/events", (event) => {
    if (event.type === "progress" || event.type === "done") { update(event); }
  });
  state.events = source;
}

// ---------------------------------------------------------------- dashboard

const iso = (date) => date.toISOString().slice(0, 10);

// The heatmap's month names need about 24 px each: on a narrow screen only every second or third month is named.
function calendarMonthLabels(element) {
  const width = element.clientWidth;
  const step = width < 420 ? 3 : width < 720 ? 2 : 1;
  return { fontSize: width < 720 ? 10 : 12, formatter: (month) => ((Number(month.M) - 1) % step === 0 ? month.nameMap : "") };
}

function fillYears(select, summary, year) {
  const first = summary.commits.first_commit_at ? Number(summary.commits.first_commit_at.slice(0, 4)) : null;
  const last = summary.commits.last_commit_at ? Number(summary.commits.last_commit_at.slice(0, 4)) : null;
  const options = [new Option("Last 12 months", "")];
  for (let y = last; first && y >= first; y--) { options.push(new Option(String(y), String(y))); }
  select.replaceChildren(...options);
  select.value = year ? String(year) : "";
}

async function dashboard(year) {
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
        ? "Partial data: the ingest of " + state.username + " is still running." : state.notice);
      state.notice = "";
    }
    const today = new Date();
    const since = year ? year + "-01-01" : iso(new Date(today.getTime() - 364 * 86400000));
    const until = year ? (year + 1) + "-01-01" : iso(new Date(today.getTime() + 86400000));
    const period = { since, until };
    const [summary, days, months, languages, metrics, ranking] = await Promise.all([
      tool("get_account_summary"),
      tool("get_activity_summary", Object.assign({ group_by: "day" }, period)),
      tool("get_activity_summary", year ? Object.assign({ group_by: "month" }, period) : { group_by: "month" }),
      tool("get_language_breakdown"),
      tool("aggregate_repo_metrics"),
      year ? tool("rank_repos_by_activity", Object.assign({ limit: 5 }, period)) : Promise.resolve(null),
    ]);
    fillYears($("year"), summary, year);
    const totals = year ? [
      ["Repositories", summary.repos.total], ["Commits in " + year, days.commits],
      ["Your commits in " + year, days.own_commits], ["Stars", summary.stars],
      ["Active days in " + year, days.active_days], ["Languages", languages.by_bytes.length],
    ] : [
      ["Repositories", summary.repos.total], ["Commits", summary.commits.total], ["Your commits", summary.commits.own],
      ["Stars", summary.stars], ["Active days", summary.commits.active_days], ["Languages", languages.by_bytes.length],
    ];
    $("totals").replaceChildren(...totals.map(([label, value]) => {
      const div = document.createElement("div");
      div.className = "total";
      const figure = document.createElement("b");
      figure.textContent = number(value);
      div.append(figure, label);
      return div;
    }));
    const calendar = $("chart-calendar");
    const dark = darkMode.matches;
    chart(calendar, {
      tooltip: { formatter: (p) => p.value[0] + ": " + number(p.value[1]) + " commits" },
      visualMap: { show: false, min: 0, max: Math.max(1, ...days.series.map((d) => d.commits)),
        inRange: { color: dark ? ["#2d333b", "#0e4429", "#006d32", "#26a641", "#39d353"]
          : ["#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"] } },
      calendar: { range: year ? String(year) : [since, iso(today)], cellSize: ["auto", 13], left: 30, right: 10, top: 20,
        itemStyle: { borderColor: dark ? "#161b22" : "#fff", borderWidth: 2, color: dark ? "#2d333b" : "#ebedf0" },
        splitLine: { show: false }, yearLabel: { show: false }, monthLabel: calendarMonthLabels(calendar),
        dayLabel: { fontSize: 10 } },
      series: [{ type: "heatmap", coordinateSystem: "calendar", data: days.series.map((d) => [d.period, d.commits]) }],
    });
    monthlyChart($("chart-months"), months.series, year ? year + "-01" : null, year ? year + "-12" : null);
    // Names and shares go in a legend beside the donut: labels around it were cut short in a narrow card.
    const shown = languages.by_bytes.slice(0, 8);
    const shares = new Map(shown.map((l) => [l.language, l.percent]));
    chart($("chart-languages"), {
      tooltip: { valueFormatter: (bytes) => number(bytes) + " bytes" },
      legend: { orient: "vertical", left: "56%", top: "middle", itemGap: 6, itemWidth: 14,
        formatter: (name) => name + " " + shares.get(name) + "%" },
      series: [{ type: "pie", radius: ["38%", "70%"], center: ["28%", "50%"], label: { show: false },
        data: shown.map((l) => ({ name: l.language, value: l.bytes })) }],
    });
    const top = ranking
      ? ranking.ranking.map((r) => ({ name: r.repo, own_commits: r.commits }))
      : summary.top_repos;
    $("top-repos-title").textContent = year ? "Top repositories in " + year : "Top repositories";
    $("top-repos").replaceChildren(...top.map((r) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = "#/repo/" + encodeURIComponent(r.name);
      a.textContent = r.name;
      li.append(a, " — " + number(r.own_commits) + " of your commits" + (r.language ? ", " + r.language : ""));
      return li;
    }));
    const total = metrics.repos || 1;
    const signal = (label, count) => {
      const li = document.createElement("li");
      li.textContent = label + ": " + number(count) + " of " + number(metrics.repos) + " repos (" + Math.round(100 * count / total) + "%)";
      return li;
    };
    $("signals").replaceChildren(signal("CI", metrics.signals.ci), signal("Tests", metrics.signals.tests),
      signal("Docker", metrics.signals.docker), signal("License", metrics.signals.license));
    await workPanel(period, year);
  } catch (e) {
    showError(e.message);
  }
}

// The pull request, review and issue panel: the user's own pull requests, reviews given and received, issues of
// the user's repositories — for the dashboard's period; the issues open now whatever the period.
async function workPanel(period, year) {
  const [pulls, reviews, issues] = await Promise.all([
    tool("get_pull_request_stats", Object.assign({ author: "me", group_by: "month" }, period)),
    tool("get_review_stats", Object.assign({ group_by: "reviewer", limit: 5 }, period)),
    tool("get_issue_stats", Object.assign({ group_by: "month" }, period)),
  ]);
  const card = $("work-card");
  card.hidden = pulls.opened + pulls.merged + reviews.given + reviews.received + issues.opened + issues.open_now === 0;
  if (card.hidden) { return; }
  const when = year ? " in " + year : "";
  const hours = (h) => (h === null ? "—" : h < 48 ? h.toFixed(1) + " h" : (h / 24).toFixed(1) + " d");
  const figures = [
    ["Your PRs opened" + when, number(pulls.opened)], ["Your PRs merged" + when, number(pulls.merged)],
    ["Median time to merge", hours(pulls.time_to_merge_hours.median)],
    ["Reviews given" + when, number(reviews.given)], ["Reviews received" + when, number(reviews.received)],
    ["Open issues now", number(issues.open_now)],
  ];
  $("work-figures").replaceChildren(...figures.map(([label, value]) => {
    const div = document.createElement("div");
    div.className = "total";
    const figure = document.createElement("b");
    figure.textContent = value;
    div.append(figure, label);
    return div;
  }));
  const months = new Map();
  for (const p of pulls.series) { months.set(p.period, { merged: p.merged, closed: 0 }); }
  for (const i of issues.series) { months.set(i.period, Object.assign(months.get(i.period) || { merged: 0 }, { closed: i.closed })); }
  const keys = [...months.keys()].sort();
  chart($("chart-work"), {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 10, top: 30, bottom: 30 },
    xAxis: { type: "category", data: keys },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: "PRs merged", type: "bar", data: keys.map((k) => months.get(k).merged) },
      { name: "Issues closed", type: "bar", data: keys.map((k) => months.get(k).closed) },
    ],
  });
  const item = (text) => { const li = document.createElement("li"); li.textContent = text; return li; };
  const reviewers = reviews.groups.filter((g) => g.received > 0);
  $("work-reviewers").replaceChildren(...(reviewers.length ? reviewers.map((g) => item(g.key + " — " + number(g.received)
    + (g.received === 1 ? " review" : " reviews"))) : [item("No reviews" + when)]));
  $("work-open-issues").replaceChildren(...(issues.open_per_repo.length
    ? issues.open_per_repo.slice(0, 5).map((r) => item(r.repo + " — " + number(r.open) + " open"))
    : [item("No open issues")]));
}

// ---------------------------------------------------------------- chat

// Each conversation's turns are kept in this browser, so its link (#/ask?conversation=ID) reopens it.
const conversationKey = (id) => "bitofgit.conversation." + id;

function storedTurns(id) {
  try {
    const stored = JSON.parse(localStorage.getItem(conversationKey(id)) || "null");
    return stored && stored.username === state.username ? stored.turns : [];
  } catch (e) {
    return [];
  }
}

function storeTurn(id, turn) {
  const turns = storedTurns(id).concat([turn]).slice(-40);
  try {
    localStorage.setItem(conversationKey(id), JSON.stringify({ username: state.username, turns }));
  } catch (e) {
    // storage full: the conversation still goes on, only its link will not show the old turns
  }
}

function forgetConversations() {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith("bitofgit.conversation.")) { localStorage.removeItem(key); }
  }
  sessionStorage.removeItem("bitofgit.conversation");
  state.conversationId = null;
  state.shownConversation = null;
  $("messages").replaceChildren();
}

function addMessage(kind, content) {
  const div = document.createElement("div");
  div.className = "msg " + kind + (kind === "bot" ? " markdown" : "");
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

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    // no clipboard permission (or no secure context): the older way through a selection
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}

function answerActions(markdown, conversationId) {
  const actions = document.createElement("div");
  actions.className = "answer-actions";
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = "secondary copy-answer";
  copy.textContent = "Copy";
  copy.setAttribute("aria-label", "Copy this answer as markdown");
  copy.addEventListener("click", async () => {
    copy.textContent = (await copyText(markdown)) ? "Copied" : "Copy failed";
    setTimeout(() => { copy.textContent = "Copy"; }, 2000);
  });
  const link = document.createElement("a");
  link.className = "conversation-link";
  link.href = "#/ask?conversation=" + encodeURIComponent(conversationId);
  link.textContent = "Link to this conversation";
  actions.append(copy, link);
  return actions;
}

function showAnswer(element, turn, conversationId) {
  element.innerHTML = renderMarkdown(turn.answer);
  element.dataset.answerer = turn.answerer || "";
  element.append(answerActions(turn.answer, conversationId));
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
    state.shownConversation = response.conversation_id;
    sessionStorage.setItem("bitofgit.conversation", response.conversation_id);
    const turn = { question, answer: response.answer, answerer: response.answerer };
    storeTurn(response.conversation_id, turn);
    showAnswer(pending, turn, response.conversation_id);
    const actions = pending.querySelector(".answer-actions");
    if (response.chart) {
      const box = document.createElement("div");
      box.className = "chart answer-chart";
      pending.insertBefore(box, actions);
      chart(box, { grid: { left: 10, right: 10, top: 30, bottom: 6, containLabel: true }, title: { text: response.chart.title, textStyle: { fontSize: 13 } },
        xAxis: { type: "category", data: response.chart.labels, axisLabel: { rotate: 30 } },
        yAxis: { type: "value", axisLabel: { formatter: number } },
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
      pending.insertBefore(details, actions);
    }
    chips(response.suggestions);
  } catch (e) {
    pending.textContent = "Sorry — " + e.message;
  }
}

function openConversation(id) {
  state.conversationId = id;
  state.shownConversation = id;
  sessionStorage.setItem("bitofgit.conversation", id);
  $("messages").replaceChildren();
  const turns = storedTurns(id);
  for (const turn of turns) {
    addMessage("user", turn.question);
    showAnswer(addMessage("bot", ""), turn, id);
  }
  const note = $("conversation-note");
  note.hidden = turns.length > 0;
  note.textContent = turns.length ? "" : "This conversation's earlier messages are not kept in this browser; "
    + "questions asked here still continue it.";
}

function chat(conversationId) {
  show("chat");
  if (!state.username) { location.hash = "#/"; return; }
  const wanted = conversationId || (state.shownConversation ? null : state.conversationId);
  if (wanted && wanted !== state.shownConversation) { openConversation(wanted); }
  if (!$("messages").children.length) {
    chips(["Summarize my GitHub", "What did I work on last month?", "Which languages do I use most?"]);
  }
  $("question").focus();
}

function newConversation() {
  state.conversationId = null;
  state.shownConversation = null;
  sessionStorage.removeItem("bitofgit.conversation");
  $("messages").replaceChildren();
  $("conversation-note").hidden = true;
  location.hash = "#/ask";
  chat();
}

// ---------------------------------------------------------------- repo page

function clearRepo(title) {
  disposeCharts();
  $("repo-title").textContent = title;
  $("repo-overview").replaceChildren();
  $("chart-repo").replaceChildren();
  $("repo-commits").replaceChildren();
  $("repo-readme").replaceChildren();
}

async function repo(name) {
  show("repo");
  showError("");
  clearRepo(name); // nothing of the previous repository stays on screen, not even while this one loads
  $("repo-overview").hidden = false;
  $("repo-details").hidden = false;
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
      "Commits: " + number(overview.commits.total) + " (" + number(overview.commits.own) + " yours) · "
        + number(overview.stars) + " stars",
      "Signals: CI " + (s.has_ci ? "yes (" + s.ci_systems.join(", ") + ")" : "no") + " · tests " + (s.has_tests ? "yes" : "no")
        + " · Docker " + (s.has_docker ? "yes" : "no") + " · license " + (s.has_license ? "yes" : "no"),
    ];
    $("repo-overview").replaceChildren(...facts.map((text) => { const p = document.createElement("p"); p.textContent = text; return p; }));
    monthlyChart($("chart-repo"), months.series);
    $("repo-commits").replaceChildren(...commits.commits.map((c) => {
      const li = document.createElement("li");
      li.textContent = c.date.slice(0, 10) + " " + c.author + ": " + c.message;
      return li;
    }));
    if (overview.readme) {
      $("repo-readme").innerHTML = renderMarkdown(overview.readme.text);
    } else {
      $("repo-readme").textContent = "No README.";
    }
  } catch (e) {
    clearRepo("Repository not found");
    $("repo-overview").hidden = true;
    $("repo-details").hidden = true;
    showError(e.message);
  }
}

// ---------------------------------------------------------------- identities

// The other e-mails and names the owner commits under. Only the account's session may see or change them.
const identitiesPath = () => "/users/" + encodeURIComponent(state.username) + "/identities";

function identityItem(text, buttonLabel, buttonName, onClick) {
  const li = document.createElement("li");
  const span = document.createElement("span");
  span.textContent = text;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary";
  button.textContent = buttonLabel;
  button.setAttribute("aria-label", buttonName);
  button.addEventListener("click", onClick);
  li.append(span, button);
  return li;
}

function showIdentities(listing, change) {
  $("identities-own").textContent = number(listing.own_commits) + " commits are yours"
    + (change ? " (" + number(change.commits_changed) + " changed just now)" : "") + ".";
  const declared = $("identities-declared");
  declared.replaceChildren(...listing.declared.map((identity) => identityItem(
    (identity.kind === "email" ? "E-mail: " : "Name: ") + identity.value, "Remove", "Remove " + identity.value,
    () => changeIdentities(identitiesPath() + "?" + identity.kind + "=" + encodeURIComponent(identity.value),
      undefined, "DELETE"))));
  if (!listing.declared.length) {
    const li = document.createElement("li");
    li.textContent = "Nothing added yet.";
    declared.append(li);
  }
  $("identities-known").textContent = listing.known_emails.length
    ? "Always yours (GitHub links them): " + listing.known_emails.join(", ") : "";
  const suggestions = $("identities-suggestions");
  suggestions.replaceChildren(...listing.suggestions.map((s) => identityItem(
    number(s.commits) + " commits by " + s.email + (s.name ? " (" + s.name + ")" : "") + " in "
      + number(s.repos) + (s.repos === 1 ? " repository" : " repositories"),
    "Yes, mine", "Add " + s.email, () => changeIdentities(identitiesPath(), { email: s.email }))));
  if (!listing.suggestions.length) {
    const li = document.createElement("li");
    li.textContent = "No unlinked authors left in your repositories.";
    suggestions.append(li);
  }
}

async function changeIdentities(path, body, method) {
  showError("");
  try {
    const change = await api(path, body, method);
    showIdentities(change, change);
    return true;
  } catch (e) {
    showError(e.message);
    return false;
  }
}

async function identitiesView() {
  show("identities");
  disposeCharts();
  if (!state.username) { location.hash = "#/"; return; }
  showError("");
  $("identities-own").textContent = "Loading…";
  try {
    showIdentities(await api(identitiesPath()));
  } catch (e) {
    $("identities-own").textContent = "";
    $("identities-declared").replaceChildren();
    $("identities-suggestions").replaceChildren();
    showError(e.status === 401 || e.status === 403
      ? "Only the account's owner can see its identities: connect " + state.username + " with its own token. (" + e.message + ")"
      : e.message);
  }
}

async function addIdentity(event) {
  event.preventDefault();
  const value = $("identity-value").value.trim();
  if (!value) { showError("Type an e-mail address or a name."); return; }
  const body = value.includes("@") ? { email: value } : { name: value };
  if (await changeIdentities(identitiesPath(), body)) { $("identity-value").value = ""; }
}

async function importMailmap() {
  const text = $("mailmap").value;
  if (!text.trim()) { showError("Paste the text of a .mailmap first."); return; }
  if (await changeIdentities(identitiesPath(), { mailmap: text })) { $("mailmap").value = ""; }
}

// ---------------------------------------------------------------- year in review

// The report is served as a finished page (GET /users/{username}/report): shown in a sandboxed frame (no scripts run
// in it), downloaded as a file, printed from the frame. Fetched with the session, so it holds what this caller may see.
async function fetchReport(year, format, publicOnly) {
  const headers = {};
  const session = sessionFor(state.username);
  if (session) { headers.Authorization = "Bearer " + session; }
  const query = new URLSearchParams({ format });
  if (year) { query.set("year", String(year)); }
  if (publicOnly) { query.set("public_only", "true"); }
  let response;
  try {
    response = await fetch("/users/" + encodeURIComponent(state.username) + "/report?" + query, { headers });
  } catch (e) {
    throw new Error("BitofGit cannot be reached. Check that the server is running, then try again.");
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = "HTTP " + response.status;
    try { detail = JSON.parse(text).detail || detail; } catch (e) { /* not a problem document */ }
    throw new Error(detail);
  }
  // The file name carries the year the server chose when none was asked ("octo-demo-2025.html").
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  return { text, type: response.headers.get("Content-Type") || "text/plain", file: name ? name[1] : "report." + format };
}

function fillReportYears(select, summary, year) {
  const first = summary.commits.first_commit_at ? Number(summary.commits.first_commit_at.slice(0, 4)) : null;
  const last = summary.commits.last_commit_at ? Number(summary.commits.last_commit_at.slice(0, 4)) : null;
  const options = [];
  for (let y = last; first && y >= first; y--) { options.push(new Option(String(y), String(y))); }
  if (year && !options.some((option) => option.value === String(year))) { options.unshift(new Option(String(year), String(year))); }
  select.replaceChildren(...options);
  if (year) { select.value = String(year); }
}

async function report(year, publicOnly) {
  show("report");
  disposeCharts();
  if (!state.username) { location.hash = "#/"; return; }
  showError("");
  $("report-public").checked = publicOnly;
  $("report-status").textContent = "Making the report…";
  const frame = $("report-frame");
  try {
    const [summary, page] = await Promise.all([tool("get_account_summary"), fetchReport(year, "html", publicOnly)]);
    const shown = year || Number((/-(\d{4})\.html$/.exec(page.file) || [])[1]) || null;
    fillReportYears($("report-year"), summary, shown);
    state.report = { year: shown, publicOnly };
    frame.onload = () => {
      const document = frame.contentDocument;
      if (document && document.documentElement) { frame.style.height = (document.documentElement.scrollHeight + 20) + "px"; }
    };
    frame.srcdoc = page.text;
    $("report-status").textContent = publicOnly ? "Public repositories only: this version holds nothing private."
      : "Includes what your session may see; tick “Public repositories only” for a version to share.";
  } catch (e) {
    frame.srcdoc = "";
    $("report-status").textContent = "";
    showError(e.message);
  }
}

async function downloadReport(format) {
  showError("");
  try {
    const current = state.report || {};
    const file = await fetchReport(current.year, format, $("report-public").checked);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    link.download = file.file;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (e) {
    showError(e.message);
  }
}

function reportHash(year, publicOnly) {
  const query = new URLSearchParams();
  if (year) { query.set("year", String(year)); }
  if (publicOnly) { query.set("public", "1"); }
  const text = query.toString();
  return "#/report" + (text ? "?" + text : "");
}

// ---------------------------------------------------------------- account

function switchAccount() {
  history.pushState(null, "", "#/"); // no hashchange: the route would fill in the current account again
  showBanner("");
  showError("");
  show("connect");
  $("username").value = "";
  $("username").focus();
}

async function signOut() {
  const username = state.username;
  if (sessionFor(username)) {
    try {
      await api("/sessions/current", undefined, "DELETE");
    } catch (e) {
      // the session is forgotten here all the same; on the server it ends when it expires
    }
  }
  localStorage.removeItem(sessionKey(username));
  localStorage.removeItem("bitofgit.username");
  localStorage.removeItem("bitofgit.job");
  forgetConversations();
  state.username = "";
  $("username").value = "";
  disposeCharts();
  location.hash = "#/";
  route();
}

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash || "#/";
  const [path, query] = hash.split("?");
  const parameters = new URLSearchParams(query || "");
  showBanner("");
  if (path.startsWith("#/progress/")) { progress(decodeURIComponent(path.slice(11))); return; }
  if (path.startsWith("#/repo/")) { repo(decodeURIComponent(path.slice(7))); return; }
  if (path === "#/dashboard") {
    const year = Number(parameters.get("year"));
    dashboard(Number.isInteger(year) && year > 1970 ? year : null);
    return;
  }
  if (path === "#/ask" || path === "#/chat") { chat(parameters.get("conversation")); return; }
  if (path === "#/identities") { identitiesView(); return; }
  if (path === "#/report") {
    const year = Number(parameters.get("year"));
    report(Number.isInteger(year) && year > 1970 ? year : null, parameters.get("public") === "1");
    return;
  }
  show("connect");
  if (state.username && !$("username").value) { $("username").value = state.username; }
}

$("connect-form").addEventListener("submit", connect);
$("try-demo").addEventListener("click", tryDemo);
$("switch-account").addEventListener("click", switchAccount);
$("sign-out").addEventListener("click", signOut);
$("new-conversation").addEventListener("click", newConversation);
$("identity-form").addEventListener("submit", addIdentity);
$("mailmap-import").addEventListener("click", importMailmap);
$("year").addEventListener("change", (event) => {
  location.hash = event.target.value ? "#/dashboard?year=" + event.target.value : "#/dashboard";
});
$("report-year").addEventListener("change", (event) => {
  location.hash = reportHash(Number(event.target.value), $("report-public").checked);
});
$("report-public").addEventListener("change", (event) => {
  location.hash = reportHash((state.report || {}).year, event.target.checked);
});
$("report-download-html").addEventListener("click", () => downloadReport("html"));
$("report-download-md").addEventListener("click", () => downloadReport("md"));
$("report-download-svg").addEventListener("click", () => downloadReport("svg"));
$("report-print").addEventListener("click", () => {
  const frame = $("report-frame");
  if (frame.contentWindow) { frame.contentWindow.focus(); frame.contentWindow.print(); }
});
$("chat-form").addEventListener("submit", (event) => { event.preventDefault(); ask($("question").value); });
$("question").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); ask($("question").value); }
});
window.addEventListener("hashchange", route);
route();
