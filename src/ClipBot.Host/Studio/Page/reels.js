// The Reels view: a band's community video contests. It reads and changes reels through /api/reels (the
// same commands as /reel in chat), and redraws the open reel when a "reel" event (a new cut, a phase) or a
// change of one of its takes arrives. Uses element(), buttonRow(), say() and readJson() from studio.js.
"use strict";

const chatView = document.getElementById("chat-view");
const reelsView = document.getElementById("reels-view");
const reelList = document.getElementById("reel-list");
const reelPanel = document.getElementById("reel");
const createForm = document.getElementById("reel-create");
const createStatus = document.getElementById("reel-create-status");
let openReelId = null;
let lastNote = { text: "", bad: false }; // what the last action on the open reel answered; kept across redraws

function clock(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, "0")}`;
}

// #chat, #reels or #reel=<id>: the address says what is shown, so a reel can be bookmarked and shared.
function route() {
  const hash = location.hash;
  const reels = hash.startsWith("#reel");
  chatView.hidden = reels;
  reelsView.hidden = !reels;
  document.getElementById("tab-chat").classList.toggle("on", !reels);
  document.getElementById("tab-reels").classList.toggle("on", reels);
  if (!reels) return;
  loadReels();
  const id = hash.startsWith("#reel=") ? hash.slice(6) : null;
  if (id && id !== openReelId) openReel(id);
}

async function loadReels() {
  const reels = await fetch("/api/reels").then(r => r.ok ? r.json() : []).catch(() => []);
  reelList.replaceChildren();
  if (reels.length === 0) reelList.append(element("li", "hint", "No reels yet."));
  for (const reel of reels) {
    const item = element("li");
    const button = element("button", reel.id === openReelId ? "on" : "");
    button.dataset.reelId = reel.id;
    button.append(element("span", "", reel.name), element("span", "badge " + reel.phase, reel.studioChat ? `${reel.phase} · chat` : reel.phase));
    button.addEventListener("click", () => { location.hash = `#reel=${reel.id}`; });
    item.append(button);
    reelList.append(item);
  }
}

async function openReel(id) {
  if (id !== openReelId) lastNote = { text: "", bad: false };
  openReelId = id;
  const response = await fetch(`/api/reels/${encodeURIComponent(id)}`).catch(() => null);
  if (!response || !response.ok) {
    reelPanel.replaceChildren(element("p", "msg error", "That reel is not there any more."));
    return;
  }
  renderReel(await response.json());
  for (const button of reelList.querySelectorAll("button")) button.classList.toggle("on", button.dataset.reelId === id);
}

// Every change of the reel goes through the same commands chat uses; the answer carries the reel after it.
async function reelAction(path, body) {
  const response = await fetch(`/api/reels/${openReelId}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...body, user: userInput.value.trim() || null }),
  }).catch(() => null);
  const answer = response ? await readJson(response) : {};
  note(response && response.ok ? answer.reply.text : answer.error || "ClipBot cannot be reached.", !(response && response.ok));
  if (answer.reel) {
    renderReel(answer.reel);
    loadReels();
  }
}

function note(text, bad) {
  lastNote = { text, bad: !!bad };
  const line = reelPanel.querySelector(".note");
  if (!line) return;
  line.textContent = text;
  line.classList.toggle("error", !!bad);
}

function describeRules(reel) {
  const rules = reel.rules;
  const parts = [reel.slots.length === 1 ? "1 shot" : `${reel.slots.length} shots`, clock(reel.durationSeconds), `${reel.width}x${reel.height}`];
  parts.push(rules.selfVotes ? "self-votes on" : "no self-votes");
  if (rules.hideTallies) parts.push("tallies hidden until locked");
  if (rules.ranking === "duels") parts.push("ranked by duels");
  if (rules.minAccountAgeDays) parts.push(`accounts ${rules.minAccountAgeDays}+ days old`);
  if (reel.schedule) parts.push(`${reel.schedule.next} at ${new Date(reel.schedule.at).toLocaleString()}`);
  return parts.join(" · ");
}

function renderReel(reel) {
  if (reel.id !== openReelId) return;
  const playing = reelPanel.querySelector("video.cut");
  reelPanel.replaceChildren();
  const head = element("div", "controls");
  head.append(element("h3", "", reel.name), element("span", "badge " + reel.phase, reel.phaseText));
  if (reel.studioChat) {
    head.append(element("span", "badge", "the chat box makes its takes"));
  } else {
    const link = element("button", "small", "Use in chat");
    link.title = "Make the Studio's chat box work on this reel, so /clip --slot N makes its takes";
    link.addEventListener("click", async () => { await send(`/reel link ${reel.id}`); openReel(reel.id); loadReels(); });
    head.append(link);
  }
  reelPanel.append(head, element("p", "hint", `${describeRules(reel)} · id ${reel.id}`));

  const controls = element("div", "controls");
  const until = element("input");
  Object.assign(until, { placeholder: "until, e.g. 2h", title: "move on by itself: 90m, 2h, 3d or 2026-12-01T20:00Z" });
  for (const [phase, label] of [["open", "Open"], ["voting", "Voting"], ["locked", "Lock"]]) {
    const button = element("button", "small", label);
    button.disabled = reel.phase === "locked" && phase === "locked";
    button.addEventListener("click", () => reelAction("phase", { phase, until: phase === "locked" ? null : until.value.trim() || null }));
    controls.append(button);
  }
  const cut = element("button", "small", "Render cut");
  cut.addEventListener("click", () => reelAction("cut", {}));
  controls.append(until, cut);
  for (const file of ["ballots.csv", "credits.txt", "shots.json"]) {
    const link = element("a", "file", file);
    link.href = `/api/reels/${reel.id}/export/${file}`;
    link.download = `reel-${reel.id}-${file}`;
    controls.append(link);
  }
  reelPanel.append(controls, element("p", "hint note" + (lastNote.bad ? " error" : ""), lastNote.text));

  reelPanel.append(timeline(reel));
  reelPanel.append(cutSection(reel, playing));
  const slots = element("section");
  slots.append(element("h2", "", "Shots"));
  for (const slot of reel.slots) slots.append(slotSection(reel, slot));
  reelPanel.append(slots);
}

// The shot list as one bar: each shot as wide as it is long, showing its leader's poster.
function timeline(reel) {
  const bar = element("div", "timeline");
  bar.setAttribute("aria-label", "shot list");
  for (const slot of reel.slots) {
    const shot = element("a");
    shot.href = `#reel=${reel.id}`;
    shot.style.flexGrow = slot.durationSeconds;
    shot.title = `Shot ${slot.index}: ${clock(slot.startSeconds)}–${clock(slot.startSeconds + slot.durationSeconds)}${slot.brief ? " · " + slot.brief : ""}`;
    const leader = slot.takes.find(t => t.id === slot.leader);
    if (leader && leader.posterUrl) shot.style.backgroundImage = `url("${leader.posterUrl}")`;
    shot.append(element("span", "", String(slot.index)));
    shot.addEventListener("click", event => {
      event.preventDefault();
      const target = document.getElementById(`slot-${slot.index}`);
      if (target) target.scrollIntoView({ behavior: "smooth", block: "start" });
    });
    bar.append(shot);
  }
  return bar;
}

function cutSection(reel, playing) {
  const section = element("section");
  section.append(element("h2", "", reel.cut ? (reel.cut.final ? "The final cut" : "The cut so far") : "The cut"));
  if (!reel.cut) {
    section.append(element("p", "hint", reel.phase === "open" ? "The cut is rendered when voting starts, or with Render cut." : "The cut is being rendered…"));
    return section;
  }
  // The same file keeps playing where it was; a new cut replaces it.
  let video = playing && playing.dataset.url === reel.cut.url ? playing : null;
  if (!video) {
    video = element("video", "cut");
    Object.assign(video, { src: reel.cut.url, controls: true, playsInline: true, preload: "metadata" });
    video.dataset.url = reel.cut.url;
  }
  section.append(video);
  const links = element("div", "buttons");
  const full = element("a", "file", "full quality");
  full.href = reel.cut.url;
  links.append(full);
  if (reel.cut.deliveryUrl) {
    const small = element("a", "file", "chat size");
    small.href = reel.cut.deliveryUrl;
    links.append(small);
  }
  section.append(links);
  if (reel.credits) section.append(element("pre", "credits", reel.credits));
  return section;
}

function slotSection(reel, slot) {
  const section = element("div", "slot");
  section.id = `slot-${slot.index}`;
  const label = slot.label ? ` [${slot.label}]` : "";
  section.append(element("h4", "", `Shot ${slot.index}${label} · ${clock(slot.startSeconds)}–${clock(slot.startSeconds + slot.durationSeconds)} (${slot.durationSeconds.toFixed(2)} s)`));
  const brief = element("form");
  const text = element("input");
  Object.assign(text, { value: slot.brief || "", placeholder: "brief: what this shot should show", maxLength: 300 });
  text.setAttribute("aria-label", `brief of shot ${slot.index}`);
  const save = element("button", "small", "Save brief");
  brief.append(text, save);
  brief.addEventListener("submit", event => { event.preventDefault(); reelAction(`slots/${slot.index}/brief`, { text: text.value }); });
  section.append(brief);
  if (reel.phase === "open") section.append(element("p", "hint", `Make a take: /clip <prompt> --slot ${slot.index}${reel.studioChat ? "" : " (after Use in chat)"}`));

  const takes = element("div", "takes");
  for (const take of slot.takes) {
    const card = element("div", "card" + (take.id === slot.leader ? " leader" : ""));
    card.dataset.takeId = take.id;
    const poster = element("img");
    Object.assign(poster, { src: take.posterUrl || "", alt: take.prompt, loading: "lazy" });
    poster.addEventListener("click", () => {
      const video = element("video");
      Object.assign(video, { src: take.videoUrl, poster: take.posterUrl, controls: true, autoplay: true, muted: true, loop: true, playsInline: true });
      poster.replaceWith(video);
    });
    const votes = take.votes === null ? "votes hidden" : take.votes === 1 ? "1 vote" : `${take.votes} votes`;
    card.append(poster, element("span", "votes", votes), element("p", "", `${take.prompt} · seed ${take.seed} · ${take.author}`));
    card.append(buttonRow(take.buttons, result => { note(result.text, !result.ok); openReel(reel.id); }));
    takes.append(card);
  }
  if (slot.takes.length === 0) takes.append(element("p", "hint", "No finished takes yet."));
  section.append(takes);
  return section;
}

createForm.addEventListener("submit", async event => {
  event.preventDefault();
  const split = document.getElementById("reel-split").value;
  const number = document.getElementById("reel-number").value.trim();
  const flags = document.getElementById("reel-flags").value.trim();
  let command = document.getElementById("reel-name").value.trim();
  if (split !== "beats" && number) command += ` --${split} ${number}`;
  if (flags) command += " " + flags;
  const form = new FormData();
  form.append("command", command);
  if (userInput.value.trim()) form.append("user", userInput.value.trim());
  const song = document.getElementById("reel-song").files[0];
  if (song) form.append("song", song);
  createStatus.textContent = song ? "Uploading the song and finding its shots…" : "Creating…";
  const response = await fetch("/api/reels", { method: "POST", body: form }).catch(() => null);
  const answer = response ? await readJson(response) : {};
  if (!response || response.status !== 201) {
    createStatus.textContent = answer.error || "ClipBot cannot be reached.";
    return;
  }
  createStatus.textContent = answer.reply.text;
  createForm.reset();
  location.hash = `#reel=${answer.reel.id}`;
});

// A new cut or phase comes as a "reel" event; a take of the open reel that changes (it finished, or got
// a vote button) makes the page read the reel again, at most every two seconds.
let reloadTimer = null;
function reloadSoon() {
  if (reloadTimer || !openReelId) return;
  reloadTimer = setTimeout(() => { reloadTimer = null; openReel(openReelId); }, 2000);
}

document.addEventListener("clipbot:reel", event => {
  const reel = event.detail;
  if (reel.id === openReelId) renderReel(reel);
  if (!reelsView.hidden) loadReels();
});
document.addEventListener("clipbot:take", event => {
  const take = event.detail;
  if (take.reel && take.reel === openReelId && (take.status === "posted" || take.status === "failed")) reloadSoon();
});

window.addEventListener("hashchange", route);
route();
