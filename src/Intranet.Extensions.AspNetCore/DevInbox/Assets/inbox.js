// The dev inbox: shows each person's delivered cards with the official renderer and sends their
// Action.Execute clicks to /dev/api/actions, exactly as Teams would send an adaptiveCard/action invoke.
"use strict";

const state = { user: null, texts: {} };
const $ = (id) => document.getElementById(id);

async function getJson(url) {
  const response = await fetch(url, { headers: { "Accept": "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function loadTexts(lang) {
  state.texts = await getJson(`/dev/api/texts?lang=${encodeURIComponent(lang || "")}`);
  document.documentElement.lang = state.texts.lang;
  document.title = $("title").textContent = state.texts["page.title"];
  $("persona-label").textContent = state.texts["page.persona"];
  $("reload").textContent = state.texts["page.refresh"];
  $("hint").textContent = state.texts["page.hint"];
}

async function loadPeople() {
  const people = await getJson("/dev/api/people");
  const select = $("persona");
  select.replaceChildren(...people.map((p) => {
    const option = document.createElement("option");
    option.value = p.id;
    option.dataset.lang = p.preferredLanguage || "";
    option.textContent = `${p.displayName} · ${p.department || ""}${p.jobTitle ? " · " + p.jobTitle : ""}`;
    return option;
  }));
  const wanted = new URLSearchParams(location.search).get("user") || localStorage.getItem("devinbox.user");
  select.value = people.some((p) => p.id === wanted) ? wanted : (people[0] && people[0].id);
  state.user = select.value;
}

async function loadInbox() {
  const lang = $("persona").selectedOptions[0]?.dataset.lang;
  await loadTexts(lang);
  const items = state.user ? await getJson(`/dev/api/inbox?user=${encodeURIComponent(state.user)}`) : [];
  const inbox = $("inbox");
  inbox.replaceChildren();
  if (items.length === 0) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = state.texts["page.empty"];
    inbox.append(empty);
  }
  for (const item of items) inbox.append(renderItem(item));
  document.body.dataset.user = state.user;
}

function renderItem(item) {
  const element = document.createElement("article");
  element.className = "item";
  element.dataset.messageId = item.id;
  element.dataset.plugin = item.plugin;
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.append(text("span", item.pluginName), text("time", new Date(item.deliveredAt).toLocaleString(state.texts.lang)));
  const host = document.createElement("div");
  host.className = "card-host";
  const status = document.createElement("div");
  status.className = "status";
  status.setAttribute("role", "status");
  element.append(meta, host, status);
  showCard(item.id, host, status, item.card, true);
  return element;
}

function showCard(messageId, host, status, cardJson, allowRefresh) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.onExecuteAction = (action) => {
    if (action instanceof AdaptiveCards.ExecuteAction) {
      invoke(messageId, host, status, action.verb, action.data, "manual");
    } else if (action instanceof AdaptiveCards.OpenUrlAction) {
      window.open(action.url, "_blank", "noopener");
    }
  };
  card.parse(cardJson);
  host.replaceChildren(card.render());

  // Teams and Outlook invoke the refresh action for the listed users to show each their own view.
  const refresh = cardJson.refresh;
  if (allowRefresh && refresh && refresh.action &&
      (!refresh.userIds || refresh.userIds.length === 0 || refresh.userIds.includes(state.user))) {
    invoke(messageId, host, status, refresh.action.verb, refresh.action.data || {}, "automatic");
  }
}

async function invoke(messageId, host, status, verb, data, trigger) {
  status.className = "status";
  status.textContent = "";
  const response = await fetch("/dev/api/actions", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept-Language": document.documentElement.lang },
    body: JSON.stringify({ user: state.user, messageId, trigger, action: { type: "Action.Execute", verb, data } }),
  });
  const answer = await response.json();
  if (answer.type === "application/vnd.microsoft.card.adaptive") {
    showCard(messageId, host, status, answer.value, false);
  } else if (answer.type === "application/vnd.microsoft.activity.message") {
    status.textContent = answer.value;
  } else {
    // Teams shows an invoke error inline under the card; here it is a small card of its own.
    status.className = "status error";
    status.replaceChildren(errorCard(answer.value && answer.value.message ? answer.value.message : `HTTP ${response.status}`));
  }
}

function errorCard(message) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse({
    type: "AdaptiveCard", version: "1.5",
    body: [{ type: "RichTextBlock", inlines: [{ type: "TextRun", text: message, color: "attention" }] }],
  });
  return card.render();
}

function text(tag, content) {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

$("persona").addEventListener("change", () => {
  state.user = $("persona").value;
  localStorage.setItem("devinbox.user", state.user);
  history.replaceState(null, "", `?user=${encodeURIComponent(state.user)}`);
  loadInbox();
});
$("reload").addEventListener("click", loadInbox);

loadPeople().then(loadInbox).then(() => document.body.dataset.ready = "true");
