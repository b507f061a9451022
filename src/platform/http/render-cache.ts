// Render cache for anonymous visits to public pages. Rendering a page costs a session lookup, a few
// queries and the JSX walk; anonymous visitors all see the same page, so it is rendered once per
// (language, path and query) and served from memory until something changes.
//
// Correctness rules:
// - Only GET requests that carry no cookie except the language cookie and no Authorization header
//   (so no session, no CSRF cookie whose token a form would embed, no flash message), no `?lang=`
//   (which sets a cookie), and whose `Accept` prefers HTML (accept.ts): a request for another
//   representation of the same URL (ActivityStreams, JSON) is neither answered from the cache nor
//   stored. Only 200 HTML responses that set no cookie are stored, with `Accept` added to their
//   `Vary`, since whether the cache answers depends on it (so shared caches keep them apart too).
// - Every write invalidates everything: a global version counter is bumped by a Kysely plugin on
//   every insert/update/delete/DDL/non-select raw query through `deps.db` (before and after it runs),
//   and after every state-changing HTTP request during which it moved (that request's transaction
//   has committed by then). An entry is served only while its version is current, so an edit shows
//   at once in the same process. Writes that no anonymous page shows (rate-limit counters, ticket
//   redemptions, session touches, leases) go through `deps.dbQuiet`, which has no plugin, and leave
//   the pages cached (deps.ts). A change made outside Kysely must call invalidateRenderCache().
// - Writes made by other processes (a second web process on PostgreSQL, `npx bottega` commands, a
//   separate worker) cannot bump this process's counter: entries also expire after a short TTL
//   (2 s by default), which bounds how stale a page another process changed can be.
// - A hit costs what serving bytes costs: it is answered in front of the application (createRenderCache's
//   `front`), with the headers the full pipeline gave the page, a fresh request id, an access log line
//   and the metrics observation (see createRenderCache for the order).
import type { MiddlewareHandler } from "hono";
import { bumpWriteVersion, writeVersion } from "../db/write-version.ts";
import { DEFAULT_LANG, fromAcceptLanguage, isLang } from "../i18n/index.ts";
import { prefersHtml } from "./accept.ts";
import type { AppEnv } from "./context.ts";
import { COOKIE } from "./cookies.ts";

/** Drops every cached page (in this process): see db/write-version.ts. */
export const invalidateRenderCache = bumpWriteVersion;
export const renderCacheVersion = writeVersion;

// The body is kept encoded and the headers as a plain object: a hit hands both to node-server
// as they are, without re-encoding the page or building a Headers object.
type Entry = {
  version: number;
  expires: number;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  /** The matched route pattern ("/networks/:slug"), for the metrics of hits. */
  route: string;
};

export type RenderCacheOptions = {
  ttlMs?: number;
  maxEntries?: number;
  clock: { now(): Date };
};

/** What a hit still does, as the full pipeline would: a request id, the access log, metrics. */
export type HitHooks = {
  requestId(incoming: string | null): string;
  done(hit: { requestId: string; path: string; route: string; startedAt: number }): void;
};

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

// Every header of the page is replayed except these: per-request ones (set again on each answer) and
// ones a stored page never has.
const NOT_STORED = new Set(["x-request-id", "set-cookie", "content-length", "x-render-cache"]);
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const SKIP_PREFIXES = ["/api/", "/static/", "/live", "/healthz", "/metrics"];

/** The language an anonymous request negotiates (as negotiateLanguage does, with no account), or
 * null when the request may not use the cache. */
function anonymousLanguage(cookieHeader: string | null, acceptLanguage: string | null) {
  let fromCookie: string | undefined;
  if (cookieHeader) {
    for (const part of cookieHeader.split(";")) {
      const eq = part.indexOf("=");
      const name = part.slice(0, eq).trim();
      if (!name) continue;
      if (name !== COOKIE.lang) return null;
      fromCookie = part.slice(eq + 1).trim();
    }
  }
  if (isLang(fromCookie)) return fromCookie;
  return fromAcceptLanguage(acceptLanguage ?? undefined) ?? DEFAULT_LANG;
}

/** The cache key of a request that may use the cache, else null. */
function keyOf(req: Request): string | null {
  if (req.method !== "GET") return null;
  const url = req.url;
  const pathStart = url.indexOf("/", url.indexOf("//") + 2);
  const pathAndQuery = pathStart < 0 ? "/" : url.slice(pathStart);
  if (SKIP_PREFIXES.some((p) => pathAndQuery.startsWith(p)) || /[?&]lang=/.test(pathAndQuery)) return null;
  const headers = req.headers;
  if (headers.get("authorization") !== null || !prefersHtml(headers.get("accept"))) return null;
  const lang = anonymousLanguage(headers.get("cookie"), headers.get("accept-language"));
  return lang ? `${lang} ${pathAndQuery}` : null;
}

/** The page's `Vary` with `Accept` added (once): whether the cache answers depends on it. */
function varyOnAccept(vary: string | undefined): string {
  if (!vary) return "Accept";
  if (vary.split(",").some((v) => ["accept", "*"].includes(v.trim().toLowerCase()))) return vary;
  return `${vary}, Accept`;
}

const pathOf = (key: string) => key.slice(key.indexOf(" ") + 1).split("?")[0] ?? "/";

/**
 * The render cache in two parts:
 *
 * - `front(fetch)` wraps the whole application (outside every middleware). A hit is answered there:
 *   the stored body and the stored headers — those the page got from the full pipeline, security
 *   headers, Content-Language and Vary (with Accept) included, which are the same on every answer —
 *   plus a fresh X-Request-Id and `X-Render-Cache: hit`; `hooks.done` writes the access log line and the metrics
 *   the middleware would have. A miss goes through the application, and its final response (as the
 *   visitor gets it, after every middleware, `Vary: Accept` added) is what gets stored.
 * - `middleware`, mounted after the security-header and metrics middleware and before the session is
 *   loaded: it bumps the version after every state-changing request that wrote, and tells the front which
 *   route answered an anonymous GET (for the metrics of later hits); a signed-in answer is never
 *   marked, so never stored.
 */
export function createRenderCache(opts: RenderCacheOptions) {
  const ttlMs = opts.ttlMs ?? 2000;
  const maxEntries = opts.maxEntries ?? 500;
  const store = new Map<string, Entry>();
  // Anonymous GETs the front let through, and then the route that answered each (set by the middleware).
  const pending = new WeakMap<Request, { route: string | null }>();

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      // Only when the request wrote through deps.db (or another did meanwhile): a page rendered
      // between its last statement and its commit read the old rows. A refused sign-in or a
      // rate-limited form wrote only quiet counters and leaves the pages cached.
      const before = writeVersion();
      try {
        await next();
      } finally {
        if (writeVersion() !== before) invalidateRenderCache();
      }
      return;
    }
    const mark = pending.get(c.req.raw);
    await next();
    if (mark && !c.get("actor")) mark.route = c.req.routePath;
  };

  function front<F extends Fetch>(fetch: F, hooks: HitHooks): F {
    const serve = async (req: Request, ...rest: never[]): Promise<Response> => {
      const key = keyOf(req);
      if (key === null) return fetch(req, ...rest);
      const now = opts.clock.now().getTime();
      const hit = store.get(key);
      if (hit && hit.version === writeVersion() && hit.expires > now) {
        const startedAt = performance.now();
        const requestId = hooks.requestId(req.headers.get("x-request-id"));
        const res = new Response(hit.body, {
          status: 200,
          headers: { ...hit.headers, "x-request-id": requestId, "x-render-cache": "hit" },
        });
        hooks.done({ requestId, path: pathOf(key), route: hit.route, startedAt });
        return res;
      }
      if (hit) store.delete(key);

      const before = writeVersion();
      const mark: { route: string | null } = { route: null };
      pending.set(req, mark);
      const res = await fetch(req, ...rest);
      if (
        mark.route === null ||
        res.status !== 200 ||
        writeVersion() !== before ||
        res.headers.has("set-cookie") ||
        !res.headers.get("content-type")?.startsWith("text/html")
      ) {
        return res;
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        if (!NOT_STORED.has(name)) headers[name] = value;
      });
      headers.vary = varyOnAccept(headers.vary);
      const body = new Uint8Array(await res.arrayBuffer());
      if (store.size >= maxEntries) {
        // Oldest first: Map keeps insertion order.
        const oldest = store.keys().next().value;
        if (oldest !== undefined) store.delete(oldest);
      }
      store.set(key, { version: before, expires: now + ttlMs, body, headers, route: mark.route });
      const out = new Headers(res.headers);
      out.set("vary", headers.vary);
      out.set("x-render-cache", "miss");
      return new Response(body, { status: 200, headers: out });
    };
    return serve as F;
  }

  return { middleware, front };
}

type Memo<R> = { version: number; expires: number; value: R };

/**
 * Remembers an async lookup by key until the next write (the same version counter as the pages) or
 * for `ttlMs` at most. Used for the signed-in person's session and memberships, looked up on every
 * request: signing out, a role change, a new membership all write, so the next request sees them;
 * the TTL bounds what another process changed (e.g. "sign out everywhere" on another web process).
 * Anything after the key (the person a personal section is for) is passed to `lookup` on a miss
 * only: the key alone must name the answer.
 */
export function untilNextWrite<D extends { clock: { now(): Date } }, R, X extends unknown[] = []>(
  lookup: (deps: D, key: string, ...rest: X) => Promise<R>,
  opts: { ttlMs?: number; maxEntries?: number } = {},
): (deps: D, key: string, ...rest: X) => Promise<R> {
  const ttlMs = opts.ttlMs ?? 2000;
  const maxEntries = opts.maxEntries ?? 10_000;
  // One memo per set of dependencies: tests run several apps (databases) in one process.
  const memos = new WeakMap<D, Map<string, Memo<R>>>();
  // Lookups under way, by key and write version: the requests that miss together (the entry just
  // expired under load) wait for one lookup instead of each making its own.
  const pending = new WeakMap<D, Map<string, { version: number; value: Promise<R> }>>();
  return async (deps, key, ...rest) => {
    let memo = memos.get(deps);
    if (!memo) {
      memo = new Map();
      memos.set(deps, memo);
    }
    const now = deps.clock.now().getTime();
    const hit = memo.get(key);
    if (hit && hit.version === writeVersion() && hit.expires > now) return hit.value;
    const before = writeVersion();
    let going = pending.get(deps);
    if (!going) {
      going = new Map();
      pending.set(deps, going);
    }
    const shared = going.get(key);
    if (shared && shared.version === before) return shared.value;
    const promise = lookup(deps, key, ...rest);
    going.set(key, { version: before, value: promise });
    let value: R;
    try {
      value = await promise;
    } finally {
      if (going.get(key)?.value === promise) going.delete(key);
    }
    if (writeVersion() === before) {
      if (memo.size >= maxEntries) memo.clear();
      memo.set(key, { version: before, expires: now + ttlMs, value });
    }
    return value;
  };
}
