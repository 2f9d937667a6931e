// <herald-inbox> in a real headless Chromium, against a real herald on loopback, on a page of
// another origin (CORS). Run by tests/api/browser.rs, which starts herald (inbox tokens live
// 10 s, so that renewal happens during the run) and the page's server, and passes:
//   HERALD_URL, HERALD_KEY: herald and an operator key (to ingest and to check the server);
//   PAGE_URL: the page's origin (GET /?user=…[&read_on=open][&token=…]; GET /token?user=…);
//   CHROMIUM: the browser; SCREENSHOTS: where the screenshots for review go.
// Every wait is for a condition.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before, test } from "node:test";

import { chromium } from "playwright-core";

const { HERALD_URL, HERALD_KEY, PAGE_URL, CHROMIUM, SCREENSHOTS } = process.env;

let browser;
const pageErrors = [];

before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

async function api(method, path, body) {
  const response = await fetch(HERALD_URL + path, {
    method,
    headers: { authorization: `Bearer ${HERALD_KEY}`, "content-type": "application/json" },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** An Ayrshare result: the platform's authorization was lost (one notification per platform). */
async function ingest(user, platform) {
  const result = {
    status: "error",
    id: `post-${platform}-${Math.random().toString(36).slice(2)}`,
    errors: [{ code: 161, platform, message: `${platform} authorization error.` }],
  };
  const receipt = await api("POST", `/v1/users/${user}/results`, result);
  return receipt.notifications[0].id;
}

const inbox = (user, query = "") => api("GET", `/v1/users/${user}/inbox${query}`);
const serverItem = async (user, id) => (await inbox(user, "?limit=100&archived=all")).items.find((i) => i.id === id);

async function until(condition, what, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The token of each stream request a page made, and the 401s herald answered it. */
const opened = new WeakMap();
const refused = new WeakMap();
const streamTokens = (page) => opened.get(page);

async function openPage(user, { query = "", context = {} } = {}) {
  const browserContext = await browser.newContext({ locale: "en-US", viewport: { width: 900, height: 720 }, ...context });
  const page = await browserContext.newPage();
  page.on("pageerror", (error) => pageErrors.push(error));
  const tokens = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/inbox/stream")) tokens.push(url.searchParams.get("token"));
  });
  opened.set(page, tokens);
  const unauthorized = [];
  page.on("response", (response) => response.status() === 401 && unauthorized.push(response.url()));
  refused.set(page, unauthorized);
  await page.goto(`${PAGE_URL}/?user=${user}${query}`);
  await page.locator("herald-inbox .bell[aria-label]").waitFor({ state: "attached" });
  return page;
}

// Playwright's CSS locators pierce open shadow roots.
const badge = (page) => page.locator("herald-inbox .badge");
const titles = (page) => page.locator("herald-inbox .item .title");
const row = (page, id) => page.locator(`herald-inbox .item[data-id="${id}"]`);
const connection = (page) => page.evaluate(() => document.querySelector("herald-inbox").connection);
const events = (page) => page.evaluate(() => window.heraldEvents.map((item) => item.id));
const textIs = (locator, text) => async () => (await locator.textContent()) === text;

let alice;
const aliceIds = [];

test("the bell shows the unread count, on a page of another origin", async () => {
  for (const platform of ["facebook", "instagram", "linkedin", "tiktok"]) aliceIds.push(await ingest("alice", platform));
  alice = await openPage("alice");
  assert.notEqual(new URL(alice.url()).origin, new URL(HERALD_URL).origin);
  await until(textIs(badge(alice), "4"), "the badge to say 4");
  assert.equal(await alice.locator("herald-inbox .bell").getAttribute("aria-label"), "Notifications, 4 unread");
  assert.equal(await alice.evaluate(() => document.querySelector("herald-inbox").unread), 4);
});

test("opening shows the items; clicking one marks it read on the server", async () => {
  await alice.click("herald-inbox .bell");
  assert.equal(await alice.locator("herald-inbox .bell").getAttribute("aria-expanded"), "true");
  await until(async () => (await titles(alice).count()) === 3, "the first page (page-size 3)");
  const server = await inbox("alice", "?limit=3");
  assert.deepEqual(await titles(alice).allTextContents(), server.items.map((i) => i.title));
  const first = server.items[0];
  assert.equal(await row(alice, first.id).locator(".body").textContent(), first.body);
  assert.equal(await row(alice, first.id).locator("a.action").getAttribute("href"), first.action.url);
  assert.equal(await row(alice, first.id).locator("time").textContent(), "now");
  // Opening marks what is shown as seen.
  await until(async () => (await inbox("alice")).counts.unseen === 0, "seen on the server");

  await row(alice, first.id).locator(".body").click();
  await until(async () => (await serverItem("alice", first.id)).read_at, "read on the server");
  await until(textIs(badge(alice), "3"), "the badge to say 3");
  await until(async () => !(await row(alice, first.id).getAttribute("class")).includes("unread"), "the item to show as read");
});

test("scrolling to the end loads the next page", async () => {
  await alice.locator("herald-inbox .list").evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await until(async () => (await titles(alice).count()) === 4, "the second page");
});

test("archive moves an item to the Archived tab", async () => {
  const id = aliceIds[1];
  await row(alice, id).locator('[data-do="archive"]').click();
  await until(async () => (await serverItem("alice", id)).archived_at, "archived on the server");
  await until(async () => (await row(alice, id).count()) === 0, "the item to leave All");
  // The tab's first page is held back: meanwhile the list says it is loading.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const archivedPage = (url) => url.pathname.endsWith("/inbox") && url.searchParams.get("archived") === "true";
  await alice.route(archivedPage, async (route) => {
    await held;
    await route.continue();
  });
  await alice.click('herald-inbox [role="tab"][data-tab="archived"]');
  try {
    await until(textIs(alice.locator("herald-inbox .empty"), "Loading…"), "the loading state");
  } finally {
    release();
  }
  await row(alice, id).waitFor();
  await alice.unroute(archivedPage);
  assert.equal(await titles(alice).count(), 1);
  await alice.click('herald-inbox [role="tab"][data-tab="all"]');
  await until(async () => (await titles(alice).count()) === 3, "All again");
});

test("mark all as read reads everything on the server", async () => {
  await alice.click("herald-inbox .mark-all");
  await until(async () => (await inbox("alice")).counts.unread === 0, "nothing unread on the server");
  await until(async () => await badge(alice).isHidden(), "the badge to go");
  assert.equal(await alice.locator("herald-inbox .bell").getAttribute("aria-label"), "Notifications");
});

test("an ingest shows up live, without a reload, and fires herald:notification", async () => {
  assert.equal(await connection(alice), "stream");
  const id = await ingest("alice", "pinterest");
  await row(alice, id).waitFor();
  assert.equal(await titles(alice).first().textContent(), (await serverItem("alice", id)).title);
  await until(textIs(badge(alice), "1"), "the badge to say 1");
  assert.deepEqual(await events(alice), [id], "one event, for the new item only");
});

test("when the stream fails it falls back to long-polling, and comes back", async () => {
  await alice.route("**/inbox/stream**", (route) => route.abort());
  // Going online again reconnects at once: into the blocked stream.
  await alice.evaluate(() => dispatchEvent(new Event("online")));
  await until(async () => (await connection(alice)) === "poll", "the long-poll");
  const polled = await ingest("alice", "youtube");
  await row(alice, polled).waitFor();
  assert.ok((await events(alice)).includes(polled));

  await alice.unroute("**/inbox/stream**");
  await until(async () => (await connection(alice)) === "stream", "the stream again (with backoff)", 45000);
  const streamed = await ingest("alice", "reddit");
  await row(alice, streamed).waitFor();
  assert.ok((await events(alice)).includes(streamed));
});

test("a token provider renews the token before it expires, and the stream carries on", async () => {
  const provided = () => alice.evaluate(() => window.tokens);
  // Tokens live 10 s here: renewed 8 s after they were issued.
  await until(async () => (await provided()).length >= 2, "a renewal", 15000);
  const renewed = (await provided()).slice(1);
  // The stream opened with the first token ends when it expires; the next one opens with a
  // renewed token.
  await until(() => streamTokens(alice).some((token) => renewed.includes(token)), "a stream on a renewed token", 15000);
  await until(async () => (await connection(alice)) === "stream", "the stream");
  const id = await ingest("alice", "threads");
  await row(alice, id).waitFor();
  assert.deepEqual(refused.get(alice), [], "renewed before expiry, never after a refusal");
});

test("the tab coming back catches up at once", async () => {
  const reconnected = alice.waitForRequest((request) => request.url().includes("/inbox/stream"));
  await alice.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await reconnected;
  await until(async () => (await connection(alice)) === "stream", "the stream");
});

test("screenshot: English, light", async () => {
  await alice.screenshot({ path: `${SCREENSHOTS}/herald-inbox-en.png` });
  await alice.context().close();
});

test('read-on="open" reads everything when the panel opens; the empty state says so', async () => {
  await ingest("bob", "facebook");
  await ingest("bob", "instagram");
  const page = await openPage("bob", { query: "&read_on=open" });
  await until(textIs(badge(page), "2"), "the badge to say 2");
  await page.click("herald-inbox .bell");
  await until(async () => (await inbox("bob")).counts.unread === 0, "read on the server");
  await page.click('herald-inbox [role="tab"][data-tab="unread"]');
  const empty = page.locator("herald-inbox .empty");
  await until(textIs(empty, "You’re all caught up."), "the empty state");
  assert.ok(await empty.isVisible());
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("herald-inbox .panel").isHidden(), true);
  await page.context().close();
});

test("a refused credential shows the error state, in words", async () => {
  const page = await openPage("carol", { query: "&token=not-a-token" });
  await page.click("herald-inbox .bell");
  const error = page.locator("herald-inbox .error");
  await until(() => error.isVisible(), "the error state");
  assert.equal(await error.locator("p").textContent(), "Your notifications couldn’t be loaded.");
  assert.equal(await error.locator("button").textContent(), "Try again");
  await page.context().close();
});

test("Arabic lays out right to left (dark), with Arabic plurals", async () => {
  await api("PUT", "/v1/users/karim", { locale: "ar" });
  await ingest("karim", "facebook");
  await ingest("karim", "instagram");
  const page = await openPage("karim", { context: { locale: "ar-EG", colorScheme: "dark" } });
  const texts = await (await fetch(`${HERALD_URL}/v1/users/karim/inbox/texts?locale=ar`)).json();
  const two = await page.evaluate(() => new Intl.NumberFormat("ar").format(2));
  await until(textIs(badge(page), two), "the badge to say 2 as Arabic writes it");
  assert.equal(await page.locator("herald-inbox .bell").getAttribute("aria-label"), texts.plurals["inbox-bell-unread"].two);
  await page.click("herald-inbox .bell");
  await until(async () => (await titles(page).count()) === 2, "the items");
  const root = page.locator("herald-inbox .root");
  assert.equal(await root.getAttribute("dir"), "rtl");
  assert.equal(await root.evaluate((node) => getComputedStyle(node).direction), "rtl");
  assert.equal(await page.locator("herald-inbox h2").textContent(), texts.texts["inbox-title"]);
  // The tabs run right to left: the first is the rightmost.
  const [unread, all] = await Promise.all(
    ["unread", "all"].map((tab) => page.locator(`herald-inbox [role="tab"][data-tab="${tab}"]`).boundingBox()),
  );
  assert.ok(unread.x > all.x, `unread at ${unread.x}, all at ${all.x}`);
  // The item texts are Arabic too (rendered by herald in the viewer's language).
  const item = (await inbox("karim", "?locale=ar")).items[0];
  assert.equal(await titles(page).first().textContent(), item.title);
  await page.screenshot({ path: `${SCREENSHOTS}/herald-inbox-ar-dark.png` });
  await page.context().close();
});

test("a page's own button can open the panel; pressing outside closes it", async () => {
  await ingest("dana", "facebook");
  const page = await openPage("dana");
  await page.evaluate(() => {
    const button = document.createElement("button");
    button.id = "open-inbox";
    button.textContent = "open";
    button.addEventListener("click", () => document.querySelector("herald-inbox").show());
    document.querySelector("main").append(button);
  });
  await page.click("#open-inbox");
  await titles(page).first().waitFor();
  assert.equal(await page.evaluate(() => document.querySelector("herald-inbox").open), true);
  await page.mouse.click(20, 500);
  assert.equal(await page.locator("herald-inbox .panel").isHidden(), true);
  await page.context().close();
});

test("another user on the same element starts from nothing", async () => {
  // erin's inbox is at a later version than frank's: nothing of hers may hold his back.
  const erin = [];
  for (const platform of ["facebook", "instagram", "tiktok"]) erin.push(await ingest("erin", platform));
  for (const id of erin.slice(1)) await api("POST", `/v1/users/erin/inbox/${id}/read`);
  const frank = [await ingest("frank", "instagram"), await ingest("frank", "tiktok")];
  const minted = async (user) => (await api("POST", `/v1/users/${user}/inbox-token`)).token;
  const page = await openPage("erin", { query: `&token=${await minted("erin")}` });
  await until(textIs(badge(page), "1"), "erin's badge");
  await page.click("herald-inbox .bell");
  await titles(page).first().waitFor();
  const token = await minted("frank");
  await page.evaluate((token) => {
    const inbox = document.querySelector("herald-inbox");
    inbox.setAttribute("token", token);
    inbox.setAttribute("user", "frank");
  }, token);
  await until(textIs(badge(page), "2"), "frank's badge");
  await until(async () => (await titles(page).count()) === 2, "frank's items");
  for (const id of frank) await row(page, id).waitFor();
  await until(async () => (await connection(page)) === "stream", "frank's stream");
  const live = await ingest("frank", "youtube");
  await row(page, live).waitFor();
  await page.context().close();
});

test("each item shows its severity, when it happened, and a resolved state", async () => {
  const open = await ingest("gwen", "facebook");
  const resolved = await ingest("gwen", "instagram");
  const success = { status: "success", id: "p-ok", postIds: [{ status: "success", platform: "instagram", id: "1" }] };
  await api("POST", "/v1/users/gwen/results", success);
  await until(async () => (await serverItem("gwen", resolved)).state === "resolved", "resolved on the server");
  const page = await openPage("gwen");
  await page.click("herald-inbox .bell");
  await row(page, resolved).waitFor();
  const closed = row(page, resolved);
  assert.equal(await closed.getAttribute("data-state"), "resolved");
  assert.equal(await closed.locator("[part=item-state]").textContent(), "Resolved");
  assert.equal(await closed.locator("[part=action]").count(), 0, "nothing left to do");
  const live = row(page, open);
  assert.equal(await live.locator(".mark").getAttribute("aria-label"), "Action needed");
  assert.equal(await live.locator("[part=action]").textContent(), "Reconnect Facebook");
  const when = await live.locator("time").textContent();
  assert.equal(when, new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(0, "second"), "just now");
  await page.context().close();
});

test("no script errors on any page", () => {
  assert.deepEqual(pageErrors.map(String), []);
});
