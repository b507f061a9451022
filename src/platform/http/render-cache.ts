// Render cache for anonymous visits to public pages. Rendering a page costs a session lookup, a few
// queries and the JSX walk; anonymous visitors all see the same page, so it is rendered once per
// (language, path and query) and served from memory until something changes.
//
// Correctness rules:
// - Only GET requests that carry no cookie except the language cookie and no Authorization header
//   (so no session, no CSRF cookie whose token a form would embed, no flash message), and no `?lang=`
//   (which sets a cookie). Only 200 HTML responses that set no cookie are stored.
// - Every write invalidates everything: a global version counter is bumped by a Kysely plugin on
//   every insert/update/delete/DDL/non-select raw query (before and after it runs), and after every
//   state-changing HTTP request has finished (its transaction has committed by then). An entry is
//   served only while its version is current, so an edit shows at once in the same process.
// - Writes made by other processes (a second web process on PostgreSQL, `npx bottega` commands, a
//   separate worker) cannot bump this process's counter: entries also expire after a short TTL
//   (2 s by default), which bounds how stale a page another process changed can be.
import type { MiddlewareHandler } from "hono";
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";
import { DEFAULT_LANG, fromAcceptLanguage, isLang } from "../i18n/index.ts";
import type { AppEnv } from "./context.ts";
import { COOKIE } from "./cookies.ts";

let version = 0;

/** Drops every cached page (in this process). Called on every write; call it after any other change
 * that alters what anonymous visitors see without going through the database. */
export function invalidateRenderCache(): void {
  version++;
}

export const renderCacheVersion = (): number => version;

const READ_ONLY_RAW = /^\s*(select|show|explain|values)\b/i;

function isWrite(node: RootOperationNode): boolean {
  switch (node.kind) {
    case "SelectQueryNode":
      // `with x as (insert … returning …) select …` writes: treat any CTE as a possible write.
      return node.with !== undefined;
    case "RawNode":
      return !READ_ONLY_RAW.test(node.sqlFragments[0] ?? "");
    default:
      // Insert, update, delete, merge, and every DDL node.
      return true;
  }
}

/** Bumps the version around every write that goes through Kysely. */
export class RenderCacheInvalidation implements KyselyPlugin {
  readonly #writes = new WeakSet<object>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (isWrite(args.node)) {
      this.#writes.add(args.queryId);
      version++;
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    // Again once the statement has run: a page rendered in between read the old rows.
    if (this.#writes.has(args.queryId)) version++;
    return args.result;
  }
}

// The body is kept encoded: a hit then writes bytes without re-encoding the page each time.
type Entry = { version: number; expires: number; body: Uint8Array<ArrayBuffer>; headers: [string, string][] };

export type RenderCacheOptions = { ttlMs?: number; maxEntries?: number };

// Every header of the page is replayed except these: per-request or per-response ones, which the
// outer middleware sets again on each answer or which a stored page never has.
const NOT_STORED = new Set(["x-request-id", "set-cookie", "content-length", "x-render-cache"]);
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const SKIP_PREFIXES = ["/api/", "/static/", "/live", "/healthz", "/metrics"];

/** The language an anonymous request negotiates (as negotiateLanguage does, with no account), or
 * null when the request may not use the cache. */
function anonymousLanguage(cookieHeader: string | undefined, acceptLanguage: string | undefined) {
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
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANG;
}

/** Middleware: serves and stores anonymous renders; bumps the version after state-changing requests.
 * Mount it after the security-header and metrics middleware (they apply to cached answers too) and
 * before the session is loaded (a hit skips that work). */
export function renderCache(opts: RenderCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const ttlMs = opts.ttlMs ?? 2000;
  const maxEntries = opts.maxEntries ?? 500;
  const store = new Map<string, Entry>();

  return async (c, next) => {
    const method = c.req.method;
    if (!SAFE.has(method)) {
      try {
        await next();
      } finally {
        invalidateRenderCache();
      }
      return;
    }
    const url = c.req.url;
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const pathAndQuery = pathStart < 0 ? "/" : url.slice(pathStart);
    if (
      method !== "GET" ||
      SKIP_PREFIXES.some((p) => pathAndQuery.startsWith(p)) ||
      c.req.header("authorization") !== undefined ||
      /[?&]lang=/.test(pathAndQuery)
    ) {
      return next();
    }
    const lang = anonymousLanguage(c.req.header("cookie"), c.req.header("accept-language"));
    if (!lang) return next();

    const key = `${lang} ${pathAndQuery}`;
    const now = c.get("deps").clock.now().getTime();
    const hit = store.get(key);
    if (hit && hit.version === version && hit.expires > now) {
      for (const [name, value] of hit.headers) c.header(name, value);
      c.header("X-Render-Cache", "hit");
      return c.body(hit.body, 200);
    }
    if (hit) store.delete(key);

    const before = version;
    await next();
    const res = c.res;
    if (
      res.status !== 200 ||
      version !== before ||
      c.get("actor") ||
      res.headers.has("set-cookie") ||
      !res.headers.get("content-type")?.startsWith("text/html")
    ) {
      return;
    }
    const headers: [string, string][] = [];
    res.headers.forEach((value, name) => {
      if (!NOT_STORED.has(name)) headers.push([name, value]);
    });
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (store.size >= maxEntries) {
      // Oldest first: Map keeps insertion order.
      const oldest = store.keys().next().value;
      if (oldest !== undefined) store.delete(oldest);
    }
    store.set(key, { version: before, expires: now + ttlMs, body, headers });
    c.header("X-Render-Cache", "miss");
  };
}

type Memo<R> = { version: number; expires: number; value: R };

/**
 * Remembers an async lookup by key until the next write (the same version counter as the pages) or
 * for `ttlMs` at most. Used for the signed-in person's session and memberships, looked up on every
 * request: signing out, a role change, a new membership all write, so the next request sees them;
 * the TTL bounds what another process changed (e.g. "sign out everywhere" on another web process).
 */
export function untilNextWrite<D extends { clock: { now(): Date } }, R>(
  lookup: (deps: D, key: string) => Promise<R>,
  opts: { ttlMs?: number; maxEntries?: number } = {},
): (deps: D, key: string) => Promise<R> {
  const ttlMs = opts.ttlMs ?? 2000;
  const maxEntries = opts.maxEntries ?? 10_000;
  // One memo per set of dependencies: tests run several apps (databases) in one process.
  const memos = new WeakMap<D, Map<string, Memo<R>>>();
  return async (deps, key) => {
    let memo = memos.get(deps);
    if (!memo) {
      memo = new Map();
      memos.set(deps, memo);
    }
    const now = deps.clock.now().getTime();
    const hit = memo.get(key);
    if (hit && hit.version === version && hit.expires > now) return hit.value;
    const before = version;
    const value = await lookup(deps, key);
    if (version === before) {
      if (memo.size >= maxEntries) memo.clear();
      memo.set(key, { version: before, expires: now + ttlMs, value });
    }
    return value;
  };
}
