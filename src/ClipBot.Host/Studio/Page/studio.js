// The Studio is a local chat channel: commands go to POST /api/commands, button clicks to POST /api/actions,
// and every take change arrives as a server-sent event, so a take's message updates itself from queued to a
// playing video. reels.js adds the Reels view on top of what is here.
"use strict";

const log = document.getElementById("log");
const gallery = document.getElementById("gallery");
const userInput = document.getElementById("user");
const textInput = document.getElementById("text");
const live = document.getElementById("live");
const queuePanel = document.getElementById("queue");
const takeViews = new Map(); // take id -> { message element, gallery card }

userInput.value = localStorage.getItem("clipbot.user") || "";
userInput.addEventListener("change", () => localStorage.setItem("clipbot.user", userInput.value.trim()));

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function currentUser() {
  return userInput.value.trim() || "studio";
}

async function readJson(response) {
  return response.json().catch(() => ({}));
}

// Buttons come from ClipBot (Vote under a take, a duel's Left and Right); a click runs the command they stand for.
function buttonRow(buttons, after) {
  const row = element("div", "buttons");
  for (const button of buttons || []) {
    const node = element("button", "small", button.label);
    node.addEventListener("click", async () => {
      node.disabled = true;
      const result = await act(button.action);
      node.disabled = false;
      if (after) after(result);
    });
    row.append(node);
  }
  return row;
}

async function act(action) {
  let response;
  try {
    response = await fetch("/api/actions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action, user: userInput.value.trim() || null }),
    });
  } catch {
    const text = "ClipBot cannot be reached. Is it still running?";
    say(text, "error");
    return { ok: false, text };
  }
  const body = await readJson(response);
  const text = response.ok ? body.reply.text : body.error || `ClipBot refused that (HTTP ${response.status}).`;
  say(text, response.ok ? "" : "error", "ClipBot");
  return { ok: response.ok, text };
}

// Files a reply carries (a reel's export) become download links; their content comes as base64.
function fileLinks(files) {
  const row = element("div", "buttons");
  for (const file of files || []) {
    const bytes = Uint8Array.from(atob(file.content), c => c.charCodeAt(0));
    const link = element("a", "file", file.name);
    link.href = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
    link.download = file.name;
    row.append(link);
  }
  return row;
}

function say(text, kind, who) {
  const item = element("li", "msg " + (kind || ""));
  if (who) item.append(element("span", "who", who));
  item.append(document.createTextNode(text));
  log.append(item);
  log.scrollTop = log.scrollHeight;
  return item;
}

function renderTake(container, take, compact) {
  container.replaceChildren();
  const head = element("div");
  head.append(element("span", "status " + take.status, take.status), document.createTextNode(" " + take.id));
  container.append(head);
  if (take.status === "generating") {
    const bar = element("progress");
    bar.max = 100;
    bar.value = take.progress || 0;
    container.append(bar);
  }
  if (take.videoUrl) {
    const video = element("video");
    Object.assign(video, { src: take.videoUrl, poster: take.posterUrl, controls: true, loop: true, muted: true, playsInline: true, preload: "metadata" });
    if (!compact) video.autoplay = true;
    container.append(video);
  }
  if (take.error && (take.status === "failed" || take.status === "queued")) container.append(element("span", "", take.error));
  if (!compact && (take.status === "queued" || take.status === "generating" || take.status === "processing")) {
    const cancel = element("button", "small", "Cancel");
    cancel.addEventListener("click", () => send(`/cancel ${take.id}`));
    container.append(cancel);
  }
  const shot = take.reel ? ` · shot ${take.slot} of reel ${take.reel}` : "";
  const caption = `${take.prompt} · ${take.aspect} · ${take.durationSeconds} s · seed ${take.seed} · ${take.author}${shot}`;
  container.append(element(compact ? "p" : "small", "", caption));
  if (take.buttons && take.buttons.length) container.append(buttonRow(take.buttons));
}

function showTake(take) {
  const view = takeViews.get(take.id);
  if (view && view.message) renderTake(view.message, take, false);
  let card = view && view.card;
  if (!card) {
    card = element("div", "card");
    card.dataset.takeId = take.id;
    gallery.prepend(card);
    takeViews.set(take.id, { ...(view || {}), card });
  }
  renderTake(card, take, true);
  refreshQueueSoon();
  document.dispatchEvent(new CustomEvent("clipbot:take", { detail: take }));
}

// The queue panel is what /queue says, refreshed when takes change (at most twice a second).
let queueTimer = null;
function refreshQueueSoon() {
  if (queueTimer) return;
  queueTimer = setTimeout(async () => { queueTimer = null; await refreshQueue(); }, 500);
}

function describeJob(job) {
  if (job.state === "running") return `running, ${job.progress}%`;
  if (job.state === "retrying") return `retrying at ${new Date(job.retryAt).toLocaleTimeString()}`;
  const eta = job.etaSeconds == null ? "ETA unknown yet" : job.etaSeconds < 60 ? `about ${Math.ceil(job.etaSeconds)} s` : `about ${Math.round(job.etaSeconds / 60)} min`;
  return `#${job.position} in line, ${eta}`;
}

async function refreshQueue() {
  const queue = await fetch(`/api/queue?user=${encodeURIComponent(currentUser())}`).then(r => r.ok ? r.json() : null).catch(() => null);
  if (!queue) return;
  queuePanel.replaceChildren(element("div", "", `Queue: ${queue.waiting} waiting, ${queue.running} running, ${queue.retrying} to retry.`));
  if (queue.jobs.length === 0) return;
  const list = element("ul");
  for (const job of queue.jobs) {
    const item = element("li");
    item.append(element("span", "", `${job.takeId} · ${job.prompt || ""}`), document.createTextNode(describeJob(job)));
    list.append(item);
  }
  queuePanel.append(list);
}

async function send(text) {
  say(text, "me", currentUser());
  let response;
  try {
    response = await fetch("/api/commands", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, user: userInput.value.trim() || null }),
    });
  } catch {
    say("ClipBot cannot be reached. Is it still running?", "error");
    return;
  }
  const body = await readJson(response);
  if (!response.ok) {
    say(body.error || `ClipBot refused that (HTTP ${response.status}).`, "error", "ClipBot");
    return;
  }
  const reply = say(body.reply.text, "", "ClipBot");
  showReplyExtras(reply, body.reply);
  if (body.takeId) {
    const holder = element("div", "take");
    reply.append(holder);
    takeViews.set(body.takeId, { ...(takeViews.get(body.takeId) || {}), message: holder });
    const current = await fetch(`/api/takes/${body.takeId}`).then(r => r.json());
    showTake(current);
  }
}

// A duel's two takes side by side, its buttons, and any files, under the reply's text.
async function showReplyExtras(item, reply) {
  if (reply.sideBySide && reply.sideBySide.length) {
    const pair = element("div", "pair");
    item.append(pair);
    for (const id of reply.sideBySide) {
      const holder = element("div", "take");
      pair.append(holder);
      const take = await fetch(`/api/takes/${id}`).then(r => r.ok ? r.json() : null).catch(() => null);
      if (take) renderTake(holder, { ...take, buttons: [] }, true);
    }
  }
  if (reply.buttons && reply.buttons.length) item.append(buttonRow(reply.buttons));
  if (reply.files && reply.files.length) item.append(fileLinks(reply.files));
}

document.getElementById("composer").addEventListener("submit", event => {
  event.preventDefault();
  const text = textInput.value.trim();
  if (!text) return;
  textInput.value = "";
  send(text);
});

function connect() {
  const events = new EventSource("/api/events");
  events.addEventListener("ready", () => { live.textContent = "live"; live.classList.add("on"); });
  events.addEventListener("take", event => showTake(JSON.parse(event.data)));
  events.addEventListener("reel", event => document.dispatchEvent(new CustomEvent("clipbot:reel", { detail: JSON.parse(event.data) })));
  events.onerror = () => { live.textContent = "reconnecting…"; live.classList.remove("on"); };
}

async function loadGallery() {
  const takes = await fetch("/api/takes?limit=24").then(r => r.json()).catch(() => []);
  for (const take of takes.reverse()) showTake(take);
}

connect();
loadGallery();
refreshQueue();
