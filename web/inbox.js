/**
 * <herald-inbox>: herald's inbox for any dashboard, as one ES module with no dependencies.
 *
 *   <script type="module" src="https://herald.example.com/v1/inbox.js"></script>
 *   <herald-inbox user="alice" token="…"></herald-inbox>
 *
 * A bell with the unread count opens a panel of the user's notifications (tabs Unread, All,
 * Archived), kept live through herald's event stream, with a long-poll when the stream cannot
 * be opened, and caught up when the tab comes back or the computer wakes. Every word it shows
 * comes from herald (`GET …/inbox/texts`, herald's Fluent files), in the viewer's language.
 * The README lists its attributes, properties, events, CSS custom properties and parts.
 *
 * The pure logic is exported for the unit tests (web/test/); the element is defined only
 * where there is a DOM.
 */

/** The tabs, in order, and the inbox query each one shows. */
export const TABS = {
  unread: { status: "unread", archived: "false" },
  all: { status: "all", archived: "false" },
  archived: { status: "all", archived: "true" },
};

/** Whether an item belongs in a tab. */
export function inTab(item, tab) {
  if (tab === "archived") return item.archived_at != null;
  return item.archived_at == null && (tab === "all" || item.read_at == null);
}

const time = (iso) => (iso ? Date.parse(iso) : 0);

/** The inbox's order: latest activity first, then id (herald's cursor order). */
export function newestFirst(a, b) {
  return time(b.last_seen_at) - time(a.last_seen_at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * What the component knows of each item (the version it last saw it at, and its latest
 * activity), across tabs: changes older than what is known are ignored, and new arrivals are
 * told apart from other changes.
 */
export class Known {
  constructor() {
    this.items = new Map();
    this.newest = 0;
  }

  /** Items from a page: known, never arrivals. */
  observe(items) {
    for (const item of items) this.#remember(item);
  }

  /** Whether a change is newer than what is known of its item. */
  isNews(item) {
    const known = this.items.get(item.id);
    return !known || item.version > known.version;
  }

  /**
   * Takes in changes (already filtered by `isNews`), and returns the new arrivals among them:
   * unread, unseen, open items with activity newer than anything known, either never seen or
   * happening again. A read, an archive or an unarchive is not an arrival.
   */
  arrivals(changes) {
    const arrived = [];
    for (const item of changes) {
      const known = this.items.get(item.id);
      const at = time(item.last_seen_at);
      const fresh =
        item.state === "open" &&
        item.read_at == null &&
        item.seen_at == null &&
        item.archived_at == null &&
        at >= this.newest &&
        (!known || at > known.at);
      if (fresh) arrived.push(item);
      this.#remember(item);
    }
    return arrived;
  }

  /** The newest copy of an item known (a page may be older than changes that came live). */
  latest(item) {
    const known = this.items.get(item.id);
    return known && known.version > item.version ? known.item : item;
  }

  #remember(item) {
    const at = time(item.last_seen_at);
    const known = this.items.get(item.id);
    if (!known || item.version >= known.version) this.items.set(item.id, { version: item.version, at, item });
    if (at > this.newest) this.newest = at;
  }
}

/**
 * One tab's list: the items loaded so far, newest first, and the cursor to the rest. Changes
 * move items in or out; an item older than the last one loaded waits for its page.
 */
export class Feed {
  constructor(tab) {
    this.tab = tab;
    this.items = [];
    this.next = null;
    /** Whether the first page arrived (until then the list says it is loading). */
    this.loaded = false;
  }

  /** A page of the inbox: the first (replacing) or the next (appended). */
  load(page, append = false) {
    const items = append ? this.items.concat(page.items) : page.items.slice();
    this.items = dedupe(items)
      .filter((item) => inTab(item, this.tab))
      .sort(newestFirst);
    this.next = page.next ?? null;
    this.loaded = true;
  }

  apply(changes) {
    // Where the loaded pages end (the cursor's position), whatever the changes move.
    const boundary = this.next ? this.items[this.items.length - 1] : null;
    for (const item of changes) {
      this.items = this.items.filter((i) => i.id !== item.id);
      if (!inTab(item, this.tab)) continue;
      if (boundary && newestFirst(item, boundary) > 0) continue;
      this.items.push(item);
    }
    this.items.sort(newestFirst);
  }

  /** An item changed here, before the server says so. */
  update(id, change) {
    this.apply(this.items.filter((i) => i.id === id).map((i) => ({ ...i, ...change })));
  }
}

function dedupe(items) {
  const byId = new Map();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (!seen || item.version >= seen.version) byId.set(item.id, item);
  }
  return [...byId.values()];
}

/** A counted text (`{count}` in the variant of the number's plural category). */
export function counted(variants, count, locale) {
  if (!variants) return "";
  const category = new Intl.PluralRules(locale).select(count);
  const text = variants[category] ?? variants.other ?? Object.values(variants)[0] ?? "";
  return text.replace("{count}", new Intl.NumberFormat(locale).format(count));
}

const UNITS = [
  ["year", 365 * 86400],
  ["month", 30 * 86400],
  ["week", 7 * 86400],
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
];

/** "5 minutes ago", "yesterday", "now": the largest whole unit, in the locale's words. */
export function relativeTime(iso, now, locale) {
  const seconds = Math.round((time(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, "second");
}

/** Exponential backoff with jitter: 1 s, 2 s, 4 s… up to `max`, each between half and all. */
export class Backoff {
  constructor(base = 1000, max = 30000, random = Math.random) {
    Object.assign(this, { base, max, random, attempts: 0 });
  }

  next() {
    const ceiling = Math.min(this.max, this.base * 2 ** this.attempts);
    this.attempts += 1;
    return Math.round(ceiling * (0.5 + this.random() / 2));
  }

  reset() {
    this.attempts = 0;
  }
}

/**
 * Milliseconds from receiving a token (at `now`) until it should be renewed: a fifth of its
 * lifetime before it expires, at most a minute before, and never sooner than a second. The
 * lifetime is herald's (`exp - iat`), so a browser clock that is off changes nothing; `null`
 * when the token does not say when it expires.
 */
export function renewalDelay(token, now) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const { iat, exp } = JSON.parse(atob(payload));
    if (!Number.isFinite(exp)) return null;
    const lifetime = Number.isFinite(iat) ? exp - iat : exp - now / 1000;
    const lead = Math.min(60, lifetime / 5);
    return Math.max(MIN_RENEWAL, (lifetime - lead) * 1000);
  } catch {
    return null;
  }
}

const MIN_RENEWAL = 1000;

/** Whether a timer that should tick every `interval` ms was held up long enough to mean sleep. */
export function slept(lastTick, now, interval) {
  return now - lastTick > interval * 3;
}

/** Only web links become buttons. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

class HttpError extends Error {
  constructor(status, retryAfter) {
    super(`HTTP ${status}`);
    Object.assign(this, { status, retryAfter });
  }
}

const WAKE_TICK = 5000;
/** A stream that stays up this long resets the backoff (one that keeps dropping does not). */
const STABLE_STREAM = 10000;
const LONG_POLL_SECONDS = 25;
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

const Base = globalThis.HTMLElement ?? class {};

export class HeraldInbox extends Base {
  static observedAttributes = ["base-url", "user", "token", "locale", "page-size"];

  #ui = null;
  #tokenProvider = null;
  #texts = null;
  #known = new Known();
  #feed = new Feed("all");
  #counts = { unread: 0, unseen: 0, total: 0 };
  #version = 0;
  #token = null;
  #connection = "connecting";
  #session = null;
  #started = false;
  /** The inbox followed (herald and user): another one starts from nothing. */
  #following = null;

  /**
   * An async function that returns a fresh inbox token (or `{token}`): called when there is
   * none, before the current one expires, and when herald refuses it.
   */
  get tokenProvider() {
    return this.#tokenProvider;
  }

  set tokenProvider(provider) {
    this.#tokenProvider = provider;
    if (this.#started && !this.#token) this.#restart();
  }

  /** `connecting`, `stream`, `poll` (the stream failed; long-polling) or `offline`. */
  get connection() {
    return this.#connection;
  }

  /** How many notifications are unread. */
  get unread() {
    return this.#counts.unread;
  }

  get open() {
    return this.#ui ? !this.#ui.panel.hidden : false;
  }

  connectedCallback() {
    // A provider set before this element was upgraded is an own property: take it over.
    if (Object.hasOwn(this, "tokenProvider")) {
      const provider = this.tokenProvider;
      delete this.tokenProvider;
      this.#tokenProvider = provider;
    }
    if (!this.#ui) {
      this.#ui = build(this);
      sessions.set(this, { session: () => this.#session, items: () => this.#feed.items });
    }
    this.#started = true;
    this.#restart();
  }

  disconnectedCallback() {
    this.#started = false;
    this.#session?.stop();
    this.#session = null;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#started || old === value) return;
    if (name === "token" && this.#session?.running) {
      this.#token = value;
      this.#session.reconnect();
    } else {
      this.#restart();
    }
  }

  /** Opens the panel. */
  show() {
    if (this.open) return;
    const ui = this.#ui;
    // The panel opens towards the middle of the page, whichever side the bell is on.
    const bell = ui.bell.getBoundingClientRect();
    ui.panel.classList.toggle("from-right", bell.left + bell.width / 2 > innerWidth / 2);
    ui.panel.hidden = false;
    ui.bell.setAttribute("aria-expanded", "true");
    this.#render();
    ui.tabs.querySelector('[aria-selected="true"]')?.focus();
    this.#session?.opened();
  }

  /** Closes the panel. */
  hide() {
    if (!this.open) return;
    this.#ui.panel.hidden = true;
    this.#ui.bell.setAttribute("aria-expanded", "false");
  }

  toggle() {
    if (this.open) this.hide();
    else this.show();
  }

  /** Loads everything again (as after an error). */
  refresh() {
    this.#restart();
  }

  #restart() {
    this.#session?.stop();
    this.#token = this.getAttribute("token");
    this.#known = new Known();
    const following = `${this.getAttribute("base-url")} ${this.getAttribute("user")}`;
    if (following !== this.#following) {
      this.#following = following;
      this.#version = 0;
      this.#feed = new Feed(this.#feed.tab);
      this.#ui.rows.clear();
      // Counts of no version: the new inbox's first answer applies, whatever its version.
      this.#counts = { unread: this.#counts.unread };
      this.#setCounts({ unread: 0, unseen: 0, total: 0 }, 0);
    }
    this.#session = new Session(this, {
      get: () => ({
        texts: this.#texts,
        feed: this.#feed,
        version: this.#version,
        token: this.#token,
        counts: this.#counts,
      }),
      setToken: (token) => (this.#token = token),
      setTexts: (texts) => {
        this.#texts = texts;
        applyTexts(this.#ui, texts);
        renderBell(this.#ui, texts, this.#counts.unread);
        this.#render();
      },
      loaded: (page, append) => {
        const items = page.items.map((item) => this.#known.latest(item));
        this.#known.observe(items);
        this.#feed.load({ ...page, items }, append);
        if (!append) this.#version = Math.max(this.#version, page.version);
        this.#setCounts(page.counts, page.version);
        this.#ui.error.hidden = true;
        this.#render();
        // Scrolled to the end and still there: the next page, if any, without a new scroll.
        this.#ui.nearEnd.unobserve(this.#ui.more);
        this.#ui.nearEnd.observe(this.#ui.more);
      },
      changed: (feed) => this.#applyFeed(feed),
      local: (id, change) => {
        this.#feed.update(id, change);
        this.#render();
      },
      counts: (counts) => this.#setCounts(counts, this.#version),
      connection: (state) => this.#setConnection(state),
      failed: (failed) => {
        this.#ui.error.hidden = !failed;
        this.#render();
      },
      switchTab: (tab) => {
        this.#feed = new Feed(tab);
        this.#render();
      },
      tick: () => this.open && this.#texts && refreshTimes(this.#ui, this.#texts),
    });
    this.#setConnection("connecting");
    this.#session.start();
  }

  #applyFeed(feed) {
    const news = feed.changes.filter((item) => this.#known.isNews(item));
    const arrived = this.#known.arrivals(news);
    this.#feed.apply(news);
    this.#version = Math.max(this.#version, feed.version);
    this.#setCounts(feed.counts, feed.version);
    this.#render();
    for (const item of arrived) {
      this.dispatchEvent(new CustomEvent("herald:notification", { detail: { item }, bubbles: true, composed: true }));
    }
  }

  #setConnection(state) {
    this.#connection = state;
    this.#ui.status.hidden = state !== "offline";
    this.dataset.connection = state;
  }

  #setCounts(counts, version) {
    if (version < this.#counts.version) return;
    const before = this.#counts.unread;
    this.#counts = { ...counts, version };
    renderBell(this.#ui, this.#texts, counts.unread);
    if (before !== counts.unread) {
      this.dispatchEvent(new CustomEvent("herald:unread", { detail: { count: counts.unread }, bubbles: true, composed: true }));
    }
  }

  #render() {
    if (this.open && this.#texts) renderPanel(this.#ui, this.#texts, this.#feed);
  }
}

/**
 * One connection of the element to herald: loads texts and the first page, then follows the
 * inbox live until stopped. Everything it starts (requests, the stream, timers, listeners)
 * ends with `stop()`.
 */
class Session {
  #element;
  #hooks;
  #abort = new AbortController();
  #stream = null;
  #mode = null;
  #pollAbort = null;
  #timers = new Set();
  #streamBackoff = new Backoff();
  #pollBackoff = new Backoff();
  #loadingMore = false;
  #renewing = null;
  #renewalDue = false;
  #beginning = false;

  constructor(element, hooks) {
    this.#element = element;
    // A stopped session's late answers must not reach the element.
    const live = (hook) => (...args) => (this.#abort.signal.aborted ? undefined : hook(...args));
    this.#hooks = Object.fromEntries(
      Object.entries(hooks).map(([name, hook]) => [name, name === "get" ? hook : live(hook)]),
    );
  }

  get #base() {
    return (this.#element.getAttribute("base-url") || SCRIPT_ORIGIN).replace(/\/+$/, "");
  }

  get #user() {
    return encodeURIComponent(this.#element.getAttribute("user") ?? "");
  }

  get #locale() {
    return this.#element.getAttribute("locale");
  }

  /** Whether it follows the inbox (it waits while there is no credential). */
  get running() {
    return this.#mode != null;
  }

  start() {
    const signal = this.#abort.signal;
    const visible = () => document.visibilityState === "visible";
    document.addEventListener("visibilitychange", () => visible() && this.reconnect(), { signal });
    globalThis.addEventListener("online", () => this.reconnect(), { signal });
    const element = this.#element;
    // On press, not click: the click of a page's own button that calls show() must not close.
    const outside = (event) => element.open && !event.composedPath().includes(element) && element.hide();
    document.addEventListener("pointerdown", outside, { signal });
    let tick = Date.now();
    this.#every(WAKE_TICK, () => {
      // Browsers slow the timers of hidden tabs: only a late tick in a visible one is sleep.
      if (visible() && slept(tick, Date.now(), WAKE_TICK)) this.reconnect();
      tick = Date.now();
      this.#hooks.tick();
    });
    this.#begin();
  }

  /**
   * The credential, the texts and the first page, then live; tried again with backoff (and
   * at once when the tab comes back or the network returns) until it succeeds.
   */
  async #begin() {
    if (this.#beginning) return;
    this.#beginning = true;
    const signal = this.#abort.signal;
    try {
      // The token first, so that the texts can follow the user's profile locale.
      if (!this.#hooks.get().token) await this.#renewToken().catch(() => {});
      // The texts are public: even without a credential they can say what failed.
      const texts = this.#hooks.get().texts
        ? null
        : this.#request("GET", "/texts", this.#lang()).then((texts) => this.#hooks.setTexts(texts));
      // No credential yet: waits for the `token` attribute or a `tokenProvider`.
      if (!this.#hooks.get().token) return void (await texts);
      this.#scheduleRenewal();
      await Promise.all([texts, this.#loadFirst()]);
      this.#live();
    } catch {
      if (signal.aborted) return;
      this.#hooks.connection("offline");
      this.#hooks.failed(true);
      this.#after(this.#pollBackoff.next(), () => this.#begin());
    } finally {
      this.#beginning = false;
    }
  }

  stop() {
    this.#abort.abort();
    this.#closeLive();
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  /** Catches up at once (the tab came back, the computer woke, the network returned). */
  reconnect() {
    if (this.#abort.signal.aborted) return;
    if (!this.#mode) return void this.#begin();
    this.#closeLive();
    this.#streamBackoff.reset();
    this.#live();
  }

  /** The panel opened: what it shows is seen (and read, with `read-on="open"`). */
  opened() {
    const { counts } = this.#hooks.get();
    if (this.#element.getAttribute("read-on") === "open" && counts.unread > 0) {
      this.markAllRead();
    } else if (counts.unseen > 0) {
      this.#post("/seen-all").catch(() => {});
    }
  }

  selectTab(tab) {
    this.#hooks.switchTab(tab);
    return this.#resync();
  }

  /** The current tab's first page again: herald's word over what was shown. */
  #resync() {
    return this.#loadFirst().catch(() => this.#hooks.failed(true));
  }

  async loadMore() {
    const { feed } = this.#hooks.get();
    if (!feed.next || this.#loadingMore) return;
    this.#loadingMore = true;
    try {
      const page = await this.#request("GET", "", { ...TABS[feed.tab], ...this.#page(), after: feed.next });
      if (this.#hooks.get().feed === feed) this.#hooks.loaded(page, true);
    } catch {
      this.#hooks.failed(true);
    } finally {
      this.#loadingMore = false;
    }
  }

  markRead(item, read = true) {
    if ((item.read_at == null) !== read) return;
    this.#hooks.local(item.id, { read_at: read ? new Date().toISOString() : null });
    this.#adjustUnread(read ? -1 : 1);
    this.#post(`/${encodeURIComponent(item.id)}/${read ? "read" : "unread"}`).catch(() => this.#resync());
  }

  archive(item, archived = true) {
    this.#hooks.local(item.id, { archived_at: archived ? new Date().toISOString() : null });
    if (item.read_at == null) this.#adjustUnread(archived ? -1 : 1);
    this.#post(`/${encodeURIComponent(item.id)}/${archived ? "archive" : "unarchive"}`).catch(() => this.#resync());
  }

  markAllRead() {
    const { feed } = this.#hooks.get();
    const now = new Date().toISOString();
    for (const item of feed.items.filter((i) => i.read_at == null)) this.#hooks.local(item.id, { read_at: now });
    this.#hooks.counts({ ...this.#hooks.get().counts, unread: 0 });
    this.#post("/read-all").catch(() => this.#resync());
  }

  #adjustUnread(by) {
    const { counts } = this.#hooks.get();
    this.#hooks.counts({ ...counts, unread: Math.max(0, counts.unread + by) });
  }

  async #loadFirst() {
    const { feed } = this.#hooks.get();
    const page = await this.#request("GET", "", { ...TABS[feed.tab], ...this.#page() });
    if (this.#hooks.get().feed === feed) this.#hooks.loaded(page, false);
  }

  #page() {
    const size = Number.parseInt(this.#element.getAttribute("page-size") ?? "", 10);
    return { limit: size >= 1 && size <= 100 ? size : 20, ...this.#lang() };
  }

  #lang() {
    return this.#locale ? { locale: this.#locale } : {};
  }

  /** The stream, or the long-poll when it cannot be opened (retrying the stream with backoff). */
  #live() {
    if (typeof EventSource === "undefined") return this.#poll();
    const { version, token } = this.#hooks.get();
    const url = this.#url("/stream", { since: version, token, ...this.#lang() });
    const stream = new EventSource(url);
    this.#stream = stream;
    this.#mode ??= "stream";
    stream.addEventListener("ready", () => {
      this.#mode = "stream";
      this.#pollAbort?.abort();
      this.#after(STABLE_STREAM, () => this.#stream === stream && this.#streamBackoff.reset());
      this.#hooks.connection("stream");
    });
    stream.addEventListener("changes", (event) => this.#hooks.changed(JSON.parse(event.data)));
    stream.addEventListener("reload", () => this.#reload());
    // The token that opened it expired: a fresh one (unless renewed since), and again.
    stream.addEventListener("expired", async () => {
      if (this.#hooks.get().token === token) await this.#renewToken().catch(() => {});
      this.reconnect();
    });
    stream.addEventListener("error", () => {
      if (this.#stream !== stream) return;
      stream.close();
      this.#stream = null;
      if (this.#mode !== "poll") this.#poll();
      this.#after(this.#streamBackoff.next(), () => this.#stream || this.#live());
    });
  }

  async #poll() {
    this.#mode = "poll";
    const abort = new AbortController();
    this.#pollAbort = abort;
    this.#hooks.connection("poll");
    while (this.#mode === "poll" && !abort.signal.aborted && !this.#abort.signal.aborted) {
      try {
        const { version } = this.#hooks.get();
        const query = { since: version, wait: LONG_POLL_SECONDS, ...this.#lang() };
        const feed = await this.#request("GET", "/changes", query, abort.signal);
        if (abort.signal.aborted) return;
        this.#pollBackoff.reset();
        this.#hooks.connection("poll");
        this.#hooks.changed(feed);
      } catch (error) {
        if (abort.signal.aborted || this.#abort.signal.aborted) return;
        if (error.status === 410) return this.#reload();
        this.#hooks.connection("offline");
        await this.#sleep(error.retryAfter ?? this.#pollBackoff.next());
      }
    }
  }

  /** The version cannot be followed from: load the inbox again and follow from its version. */
  async #reload() {
    this.#closeLive();
    try {
      await this.#loadFirst();
      this.#live();
    } catch {
      this.#hooks.connection("offline");
      this.#after(this.#pollBackoff.next(), () => this.#reload());
    }
  }

  #closeLive() {
    this.#stream?.close();
    this.#stream = null;
    this.#pollAbort?.abort();
    this.#pollAbort = null;
    this.#mode = this.#mode && "stream";
  }

  /** Asks the provider for a token; one renewal at a time, however many requests need it. */
  #renewToken() {
    const provider = this.#element.tokenProvider;
    if (typeof provider !== "function") return Promise.resolve();
    this.#renewing ??= Promise.resolve(provider())
      .then((given) => {
        const token = typeof given === "string" ? given : given?.token;
        if (token) this.#hooks.setToken(token);
      })
      .finally(() => (this.#renewing = null));
    return this.#renewing;
  }

  #scheduleRenewal() {
    const { token } = this.#hooks.get();
    if (this.#renewalDue || typeof this.#element.tokenProvider !== "function" || !token) return;
    const delay = renewalDelay(token, Date.now());
    if (delay == null) return;
    this.#renewalDue = true;
    this.#after(delay, async () => {
      this.#renewalDue = false;
      try {
        await this.#renewToken();
      } catch {
        // Tried again on the next 401.
      }
      this.#scheduleRenewal();
    });
  }

  #url(path, query = {}) {
    const url = new URL(`${this.#base}/v1/users/${this.#user}/inbox${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.href;
  }

  #post(path) {
    return this.#request("POST", path);
  }

  /** A request with the token; a 401 renews the token (with `tokenProvider`) and tries once more. */
  async #request(method, path, query, signal = this.#abort.signal) {
    for (let attempt = 0; ; attempt++) {
      const { token } = this.#hooks.get();
      const headers = token ? { Authorization: `Bearer ${token}` } : {};
      const response = await fetch(this.#url(path, query), { method, signal, headers });
      if (response.status === 401 && attempt === 0 && typeof this.#element.tokenProvider === "function") {
        await this.#renewToken();
        continue;
      }
      if (!response.ok) {
        const retryAfter = Number.parseInt(response.headers.get("retry-after") ?? "", 10);
        throw new HttpError(response.status, Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined);
      }
      return response.status === 204 ? null : response.json();
    }
  }

  #after(delay, action) {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#abort.signal.aborted) action();
    }, delay);
    this.#timers.add(timer);
  }

  #every(interval, action) {
    const repeat = () => {
      action();
      this.#after(interval, repeat);
    };
    this.#after(interval, repeat);
  }

  #sleep(delay) {
    return new Promise((resolve) => this.#after(delay, resolve));
  }
}

// ---- The element's DOM: built once, filled from the texts and the feed ----

const BELL =
  "M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z";
const CLOSE =
  "M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 0 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4Z";

/** An icon, built as nodes: no markup parsing, so pages with Trusted Types can embed it. */
function icon(path, size) {
  const svg = "http://www.w3.org/2000/svg";
  const node = document.createElementNS(svg, "svg");
  for (const [key, value] of Object.entries({ viewBox: "0 0 24 24", "aria-hidden": "true", width: size, height: size })) {
    node.setAttribute(key, value);
  }
  const shape = document.createElementNS(svg, "path");
  shape.setAttribute("fill", "currentColor");
  shape.setAttribute("d", path);
  node.append(shape);
  return node;
}

/** The dark palette: with theme="dark", or by default when the system prefers dark. */
const DARK = `
  --_bg: var(--herald-bg, #1b1f26);
  --_fg: var(--herald-fg, #e7eaf0);
  --_muted: var(--herald-muted, #a1a9b7);
  --_border: var(--herald-border, #323844);
  --_hover: var(--herald-hover, #252a33);
  --_unread: var(--herald-unread-bg, #1f2a44);
  --_accent: var(--herald-accent, #7a9bff);
`;

const STYLE = `
:host {
  --_accent: var(--herald-accent, #2f5bea);
  --_bg: var(--herald-bg, #ffffff);
  --_fg: var(--herald-fg, #1d2430);
  --_muted: var(--herald-muted, #5c6675);
  --_border: var(--herald-border, #e3e6eb);
  --_hover: var(--herald-hover, #f4f6f9);
  --_unread: var(--herald-unread-bg, #f2f5ff);
  --_badge-bg: var(--herald-badge-bg, #d92d20);
  --_badge-fg: var(--herald-badge-fg, #ffffff);
  --_action: var(--herald-severity-action, #d92d20);
  --_warning: var(--herald-severity-warning, #b54708);
  --_info: var(--herald-severity-info, #2f5bea);
  display: inline-block;
  position: relative;
  font: var(--herald-font, 14px/1.45 system-ui, sans-serif);
  color: var(--_fg);
}
:host([theme="dark"]) {${DARK}}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {${DARK}}
}
[hidden] { display: none !important; }
button { font: inherit; color: inherit; cursor: pointer; }
.bell { position: relative; display: grid; place-items: center; inline-size: 40px; block-size: 40px;
  border: 0; border-radius: 50%; background: transparent; color: var(--herald-bell-color, currentColor); }
.bell:hover, .bell[aria-expanded="true"] { background: var(--_hover); }
.bell:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.badge { position: absolute; inset-block-start: 2px; inset-inline-end: 0; min-inline-size: 18px; block-size: 18px;
  padding-inline: 5px; box-sizing: border-box; border-radius: 9px; background: var(--_badge-bg); color: var(--_badge-fg);
  font-size: 11px; font-weight: 600; line-height: 18px; text-align: center; }
.panel.from-right { left: auto; right: 0; }
.panel { position: absolute; z-index: var(--herald-z-index, 1000); inset-block-start: calc(100% + 6px); left: 0;
  inline-size: var(--herald-panel-width, 400px); max-inline-size: calc(100vw - 16px); display: flex; flex-direction: column;
  max-block-size: var(--herald-panel-max-height, 520px); background: var(--_bg); color: var(--_fg);
  border: 1px solid var(--_border); border-radius: var(--herald-radius, 12px);
  box-shadow: var(--herald-shadow, 0 12px 32px rgba(16, 24, 40, .18)); overflow: hidden; }
header { display: flex; align-items: center; gap: 8px; padding: 12px 12px 4px 16px; padding-inline: 16px 8px; }
h2 { margin: 0; flex: 1; font-size: 16px; font-weight: 600; }
.mark-all { border: 0; background: none; color: var(--_accent); padding: 4px 6px; border-radius: 6px; font-size: 13px; }
.mark-all:hover { background: var(--_hover); }
.close { border: 0; background: none; display: grid; place-items: center; padding: 4px; border-radius: 6px; color: var(--_muted); }
.close:hover { background: var(--_hover); }
[role="tablist"] { display: flex; gap: 4px; padding: 4px 12px 0; border-block-end: 1px solid var(--_border); }
[role="tab"] { border: 0; background: none; padding: 8px 10px; color: var(--_muted); border-block-end: 2px solid transparent; }
[role="tab"][aria-selected="true"] { color: var(--_fg); border-block-end-color: var(--_accent); font-weight: 600; }
.status { margin: 0; padding: 6px 16px; font-size: 12px; color: var(--_muted); background: var(--_hover); }
.tabpanel { display: flex; flex-direction: column; flex: 1; min-block-size: 0; }
.list { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 1; }
.item { display: flex; gap: 10px; padding: 12px 16px; border-block-end: 1px solid var(--_border); cursor: pointer; }
.item:hover { background: var(--_hover); }
.item.unread { background: var(--_unread); }
.mark { flex: none; inline-size: 8px; block-size: 8px; margin-block-start: 7px; border-radius: 50%; background: var(--_info); }
.item[data-severity="action_required"] .mark { background: var(--_action); }
.item[data-severity="warning"] .mark { background: var(--_warning); }
.content { flex: 1; min-inline-size: 0; }
.title { margin: 0; font-weight: 600; }
.body { margin: 2px 0 0; white-space: pre-line; color: var(--_fg); overflow-wrap: anywhere; }
.meta { display: flex; flex-wrap: wrap; gap: 8px; margin-block-start: 6px; font-size: 12px; color: var(--_muted); }
.state { padding: 0 6px; border-radius: 4px; background: var(--_hover); }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-block-start: 8px; }
.action { display: inline-block; padding: 5px 10px; border-radius: 6px; background: var(--_accent); color: #fff;
  text-decoration: none; font-weight: 600; font-size: 13px; }
.small { border: 1px solid var(--_border); background: var(--_bg); padding: 4px 8px; border-radius: 6px; font-size: 12px; color: var(--_muted); }
.small:hover { color: var(--_fg); }
.item.closed .title, .item.closed .body { color: var(--_muted); }
.dot { flex: none; inline-size: 8px; block-size: 8px; margin-block-start: 7px; border-radius: 50%; background: var(--_accent); }
.empty, .error { margin: 0; padding: 32px 16px; text-align: center; color: var(--_muted); }
.error p { margin: 0 0 12px; }
.more { margin: 8px auto; display: block; }
`;

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value != null) node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** One stylesheet for every element, adopted (no inline <style>: pages with a strict CSP). */
let sheet = null;

function build(host) {
  const root = host.attachShadow({ mode: "open" });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  root.adoptedStyleSheets = [sheet];
  const bell = element("button", { part: "bell", class: "bell", type: "button", "aria-haspopup": "dialog", "aria-expanded": "false" });
  const badge = element("span", { part: "badge", class: "badge", hidden: "" });
  bell.append(icon(BELL, 22), badge);
  const title = element("h2", { part: "title", id: "title" });
  const markAll = element("button", { part: "mark-all", class: "mark-all", type: "button" });
  const close = element("button", { part: "close", class: "close", type: "button" }, [icon(CLOSE, 18)]);
  const tabs = element("div", { part: "tabs", role: "tablist" });
  for (const tab of Object.keys(TABS)) {
    const selected = tab === "all";
    const attributes = { part: "tab", role: "tab", type: "button", id: `tab-${tab}`, "aria-controls": "tabpanel" };
    tabs.append(element("button", { ...attributes, "data-tab": tab, "aria-selected": String(selected), tabindex: selected ? "0" : "-1" }));
  }
  const status = element("p", { part: "status", class: "status", role: "status", hidden: "" });
  const list = element("ul", { part: "list", class: "list", role: "list" });
  const more = element("button", { part: "more", class: "small more", type: "button" });
  const moreRow = element("li", { class: "more-row", hidden: "" }, [more]);
  const empty = element("p", { part: "empty", class: "empty", hidden: "" });
  const retry = element("button", { class: "small", type: "button" });
  const error = element("div", { part: "error", class: "error", role: "alert", hidden: "" }, [element("p"), retry]);
  const tabpanel = element("div", { class: "tabpanel", id: "tabpanel", role: "tabpanel", "aria-labelledby": "tab-all" }, [error, list, empty]);
  const panel = element("div", { part: "panel", class: "panel", role: "dialog", "aria-labelledby": "title", hidden: "" }, [
    element("header", { part: "header" }, [title, markAll, close]),
    tabs,
    status,
    tabpanel,
  ]);
  const container = element("div", { part: "root", class: "root" }, [bell, panel]);
  root.append(container);
  const ui = { container, bell, badge, panel, title, markAll, close, tabs, status, tabpanel, list, more, moreRow, empty, error, retry, rows: new Map() };
  listen(host, ui);
  return ui;
}

function listen(host, ui) {
  const session = () => sessionOf(host);
  ui.bell.addEventListener("click", () => host.toggle());
  ui.close.addEventListener("click", () => {
    host.hide();
    ui.bell.focus();
  });
  ui.markAll.addEventListener("click", () => session()?.markAllRead());
  ui.retry.addEventListener("click", () => host.refresh());
  ui.more.addEventListener("click", () => session()?.loadMore());
  ui.tabs.addEventListener("click", (event) => {
    const tab = event.target.closest("[role=tab]");
    if (tab) selectTab(host, ui, tab);
  });
  ui.tabs.addEventListener("keydown", (event) => {
    const tabs = [...ui.tabs.children];
    const at = tabs.indexOf(event.target);
    const forward = ui.container.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const backward = ui.container.dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0;
    if (at < 0 || !step) return;
    const next = tabs[(at + step + tabs.length) % tabs.length];
    next.focus();
    selectTab(host, ui, next);
  });
  ui.list.addEventListener("click", (event) => {
    const row = event.target.closest(".item");
    const item = row && itemsOf(host).find((i) => i.id === row.dataset.id);
    if (!item) return;
    const button = event.target.closest("button[data-do]");
    const s = session();
    if (!s) return;
    if (button?.dataset.do === "read") s.markRead(item, true);
    else if (button?.dataset.do === "unread") s.markRead(item, false);
    else if (button?.dataset.do === "archive") s.archive(item, true);
    else if (button?.dataset.do === "unarchive") s.archive(item, false);
    else s.markRead(item, true);
  });
  host.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && host.open) {
      host.hide();
      ui.bell.focus();
    }
  });
  ui.nearEnd = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && session()?.loadMore(), {
    root: ui.list,
  });
  ui.nearEnd.observe(ui.more);
}

// The panel's handlers reach the element's current session and feed through these, set by
// the element for its own UI (the session changes when attributes do).
const sessions = new WeakMap();
const sessionOf = (host) => sessions.get(host)?.session();
const itemsOf = (host) => sessions.get(host)?.items() ?? [];

function selectTab(host, ui, tab) {
  for (const other of ui.tabs.children) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
  }
  ui.tabpanel.setAttribute("aria-labelledby", tab.id);
  ui.list.scrollTop = 0;
  sessionOf(host)?.selectTab(tab.dataset.tab);
}

function applyTexts(ui, texts) {
  const t = texts.texts;
  ui.container.dir = texts.dir;
  ui.container.lang = texts.locale;
  ui.title.textContent = t["inbox-title"];
  ui.markAll.textContent = t["inbox-mark-all-read"];
  ui.close.setAttribute("aria-label", t["inbox-close"]);
  ui.tabs.setAttribute("aria-label", t["inbox-tabs"]);
  for (const tab of ui.tabs.children) tab.textContent = t[`inbox-tab-${tab.dataset.tab}`];
  ui.status.textContent = t["inbox-reconnecting"];
  ui.more.textContent = t["inbox-load-more"];
  ui.error.firstChild.textContent = t["inbox-error"];
  ui.retry.textContent = t["inbox-retry"];
}

function renderBell(ui, texts, unread) {
  ui.badge.hidden = unread === 0;
  ui.badge.textContent = unread > 99 ? "99+" : new Intl.NumberFormat(texts?.locale).format(unread);
  if (!texts) return;
  const label = unread > 0 ? counted(texts.plurals["inbox-bell-unread"], unread, texts.locale) : texts.texts["inbox-bell"];
  ui.bell.setAttribute("aria-label", label);
}

function renderPanel(ui, texts, feed) {
  const t = texts.texts;
  // A rebuilt row takes the focus its old one had: a keyboard user keeps their place.
  const focused = ui.container.getRootNode().activeElement;
  const focusedRow = focused?.closest(".item");
  const focusedAt = focusedRow ? [...focusedRow.querySelectorAll("a, button")].indexOf(focused) : -1;
  const now = Date.now();
  const rows = feed.items.map((item) => {
    const key = `${item.version}|${item.read_at}|${item.archived_at}|${item.state}|${texts.locale}`;
    let row = ui.rows.get(item.id);
    if (row?.key !== key) {
      row = { key, node: renderItem(item, texts, now) };
      ui.rows.set(item.id, row);
    }
    return row.node;
  });
  const shown = new Set(feed.items.map((item) => item.id));
  for (const id of ui.rows.keys()) if (!shown.has(id)) ui.rows.delete(id);
  reconcile(ui.list, [...rows, ui.moreRow]);
  ui.moreRow.hidden = !feed.next;
  ui.empty.hidden = feed.items.length > 0 || !ui.error.hidden;
  ui.empty.textContent = feed.loaded ? t[`inbox-empty-${feed.tab}`] : t["inbox-loading"];
  ui.markAll.hidden = feed.tab === "archived";
  if (focusedRow && !focused.isConnected) {
    const row = ui.rows.get(focusedRow.dataset.id)?.node;
    const targets = row ? [...row.querySelectorAll("a, button")] : [];
    (targets[focusedAt] ?? targets[0] ?? ui.tabs.querySelector('[aria-selected="true"]')).focus();
  }
}

/** Puts `nodes` in `parent` in order, moving only what is out of place (focus stays put). */
function reconcile(parent, nodes) {
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

function refreshTimes(ui, texts) {
  const now = Date.now();
  for (const time of ui.list.querySelectorAll("time")) {
    time.textContent = relativeTime(time.dateTime, now, texts.locale);
  }
}

function renderItem(item, texts, now) {
  const t = texts.texts;
  const unread = item.read_at == null;
  const closed = item.state !== "open";
  const classes = ["item", unread && "unread", closed && "closed"].filter(Boolean).join(" ");
  const row = element("li", {
    part: `item${unread ? " item-unread" : ""}`,
    class: classes,
    "data-id": item.id,
    "data-severity": item.severity,
    "data-state": item.state,
    lang: item.locale,
    dir: item.dir,
  });
  const mark = element("span", { class: "mark", role: "img", "aria-label": t[`inbox-severity-${item.severity}`] });
  const title = element("p", { part: "item-title", class: "title" });
  title.textContent = item.title;
  const body = element("p", { part: "item-body", class: "body" });
  body.textContent = item.body;
  const when = element("time", { part: "item-time", datetime: item.last_seen_at });
  when.textContent = relativeTime(item.last_seen_at, now, texts.locale);
  const meta = element("div", { class: "meta" }, [when]);
  if (closed) {
    const state = element("span", { part: "item-state", class: "state" });
    state.textContent = t[`inbox-state-${item.state}`];
    meta.append(state);
  }
  if (item.occurrences > 1) {
    const times = element("span", { part: "item-occurrences", class: "occurrences" });
    times.textContent = counted(texts.plurals["inbox-occurrences"], item.occurrences, texts.locale);
    meta.append(times);
  }
  const actions = element("div", { class: "actions" });
  const href = item.action && safeUrl(item.action.url);
  if (href && !closed) {
    const link = element("a", { part: "action", class: "action", href, target: "_blank", rel: "noopener noreferrer" });
    link.textContent = item.action.label;
    actions.append(link);
  }
  const toggle = unread ? "read" : "unread";
  const archive = item.archived_at == null ? "archive" : "unarchive";
  for (const [what, label] of [
    [toggle, t[`inbox-mark-${toggle}`]],
    [archive, t[`inbox-${archive}`]],
  ]) {
    const button = element("button", { part: "item-button", class: "small", type: "button", "data-do": what });
    button.textContent = label;
    actions.append(button);
  }
  const content = element("div", { class: "content" }, [title, body, meta, actions]);
  row.append(mark, content);
  if (unread) row.append(element("span", { class: "dot", role: "img", "aria-label": t["inbox-item-unread"] }));
  return row;
}

if (globalThis.customElements && !customElements.get("herald-inbox")) {
  customElements.define("herald-inbox", HeraldInbox);
}
