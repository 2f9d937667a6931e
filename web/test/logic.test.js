// The component's logic, without a browser: `node --test web/test/` (run by `cargo test`,
// tests/api/browser.rs). What needs a DOM is tested in Chromium: web/browser/.

import assert from "node:assert/strict";
import { test } from "node:test";

import { Backoff, Feed, Known, counted, inTab, newestFirst, relativeTime, renewalDelay, safeUrl, slept } from "../inbox.js";

const at = (minute) => new Date(Date.UTC(2026, 11, 2, 12, minute)).toISOString();

function item(id, minute, version, more = {}) {
  return {
    id,
    version,
    state: "open",
    last_seen_at: at(minute),
    read_at: null,
    seen_at: null,
    archived_at: null,
    ...more,
  };
}

test("tabs hold what their query would return", () => {
  const unread = item("a", 1, 1);
  const read = item("b", 1, 1, { read_at: at(2) });
  const archived = item("c", 1, 1, { archived_at: at(2) });
  assert.deepEqual(
    [unread, read, archived].map((i) => ["unread", "all", "archived"].filter((tab) => inTab(i, tab))),
    [["unread", "all"], ["all"], ["archived"]],
  );
});

test("items sort by latest activity, then id, like herald's cursor", () => {
  const items = [item("a", 1, 1), item("c", 3, 2), item("b", 1, 3)];
  assert.deepEqual(items.sort(newestFirst).map((i) => i.id), ["c", "b", "a"]);
});

test("a feed takes changes in and out of its tab, in order", () => {
  const feed = new Feed("unread");
  feed.load({ items: [item("a", 5, 1), item("b", 4, 2)], next: null });
  feed.apply([item("c", 6, 3), item("a", 5, 4, { read_at: at(7) })]);
  assert.deepEqual(feed.items.map((i) => i.id), ["c", "b"]);
  feed.update("b", { archived_at: at(8) });
  assert.deepEqual(feed.items.map((i) => i.id), ["c"]);
});

test("a change older than the loaded page waits for that page", () => {
  const feed = new Feed("all");
  feed.load({ items: [item("a", 9, 5), item("b", 8, 4)], next: "cursor" });
  feed.apply([item("old", 1, 6, { read_at: null })]);
  assert.deepEqual(feed.items.map((i) => i.id), ["a", "b"]);
  feed.load({ items: [item("old", 1, 6)], next: null }, true);
  assert.deepEqual(feed.items.map((i) => i.id), ["a", "b", "old"]);
});

test("changes to the last loaded item keep it, and the page boundary stays", () => {
  const feed = new Feed("all");
  feed.load({ items: [item("a", 9, 5), item("b", 8, 4)], next: "cursor" });
  feed.apply([item("a", 9, 6, { seen_at: at(10) }), item("b", 8, 7, { seen_at: at(10) })]);
  assert.deepEqual(feed.items.map((i) => [i.id, i.version]), [["a", 6], ["b", 7]]);
});

test("arrivals are new or recurring unread problems, not other changes", () => {
  const known = new Known();
  known.observe([item("a", 5, 3), item("old", 1, 1, { archived_at: at(2) })]);
  const changes = [
    item("new", 6, 4),
    item("a", 5, 5, { read_at: at(6) }),
    item("old", 1, 6),
    item("seen", 6, 7, { seen_at: at(6) }),
    item("fixed", 6, 8, { state: "resolved" }),
  ];
  assert.deepEqual(changes.map((c) => known.isNews(c)), [true, true, true, true, true]);
  assert.deepEqual(known.arrivals(changes).map((i) => i.id), ["new"]);
  // The same problem again: newer activity on a known item.
  const again = item("a", 10, 9);
  assert.deepEqual(known.arrivals([again]).map((i) => i.id), ["a"]);
  // A replay of what is known is not news.
  assert.equal(known.isNews(item("new", 6, 4)), false);
  assert.equal(known.isNews(item("new", 6, 3)), false);
});

test("counted texts take the plural category of the number", () => {
  const english = { one: "{count} unread", other: "{count} unread items" };
  assert.equal(counted(english, 1, "en"), "1 unread");
  assert.equal(counted(english, 1200, "en"), "1,200 unread items");
  const arabic = { zero: "لا شيء", one: "واحد", two: "اثنان", few: "{count} قليلة", many: "{count} كثيرة", other: "{count} أخرى" };
  assert.equal(counted(arabic, 0, "ar"), "لا شيء");
  assert.equal(counted(arabic, 2, "ar"), "اثنان");
  assert.match(counted(arabic, 11, "ar"), /كثيرة$/);
  // Portuguese counts 0 as one; a missing category falls back to other.
  assert.equal(counted({ one: "{count} nota", other: "{count} notas" }, 0, "pt-BR"), "0 nota");
  assert.equal(counted({ other: "{count} 件" }, 3, "ja"), "3 件");
  assert.equal(counted(undefined, 3, "en"), "");
});

test("relative times use the largest whole unit, in the locale's words", () => {
  const now = Date.parse(at(30));
  assert.equal(relativeTime(at(30), now, "en"), "now");
  assert.equal(relativeTime(at(25), now, "en"), "5 minutes ago");
  assert.equal(relativeTime(new Date(now - 3 * 3600e3).toISOString(), now, "en"), "3 hours ago");
  assert.equal(relativeTime(new Date(now - 86400e3).toISOString(), now, "en"), "yesterday");
  assert.equal(relativeTime(new Date(now - 86400e3).toISOString(), now, "ar"), "أمس");
  assert.equal(relativeTime(new Date(now - 86400e3).toISOString(), now, "de"), "gestern");
});

test("backoff doubles up to its ceiling, with jitter, and resets", () => {
  const backoff = new Backoff(1000, 8000, () => 1);
  assert.deepEqual([1, 2, 3, 4, 5].map(() => backoff.next()), [1000, 2000, 4000, 8000, 8000]);
  backoff.reset();
  assert.equal(backoff.next(), 1000);
  const low = new Backoff(1000, 8000, () => 0);
  assert.equal(low.next(), 500);
});

test("tokens are renewed a fifth of their life before expiry, at most a minute", () => {
  const token = (claims) => `h.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.s`;
  const now = 1_000_000_000_000;
  const iat = now / 1000;
  assert.equal(renewalDelay(token({ iat, exp: iat + 900 }), now), 840_000);
  assert.equal(renewalDelay(token({ iat, exp: iat + 10 }), now), 8_000);
  // herald's lifetime counts, not the browser's clock: one that is off renews on time.
  assert.equal(renewalDelay(token({ iat: iat - 3600, exp: iat - 3590 }), now), 8_000);
  assert.equal(renewalDelay(token({ iat: iat + 3600, exp: iat + 4500 }), now), 840_000);
  // Without `iat`, the time left; never less than a second.
  assert.equal(renewalDelay(token({ exp: iat + 100 }), now), 80_000);
  assert.equal(renewalDelay(token({ exp: iat - 10 }), now), 1_000);
  assert.equal(renewalDelay("not a token", now), null);
  assert.equal(renewalDelay(token({ sub: "alice" }), now), null);
});

test("a timer held up for several ticks means the computer slept", () => {
  assert.equal(slept(0, 6000, 5000), false);
  assert.equal(slept(0, 60_000, 5000), true);
});

test("only web links become action buttons", () => {
  assert.equal(safeUrl("https://app.example.com/posts/1"), "https://app.example.com/posts/1");
  assert.equal(safeUrl("javascript:alert(1)"), null);
  assert.equal(safeUrl("data:text/html,<b>x</b>"), null);
  assert.equal(safeUrl("not a url"), null);
});
