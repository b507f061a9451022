// Per-request middleware: request id and logger, the signed-in actor, the interface language, and
// one-shot flash messages carried across a redirect.
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { requestStarted } from "../activity.ts";
import type { Actor } from "../auth/index.ts";
import type { Deps } from "../deps.ts";
import { DEFAULT_LANG, fromAcceptLanguage, isLang, type Lang, translator } from "../i18n/index.ts";
import { type Logger, redactPath } from "../logger.ts";
import type { AppEnv, Ctx, Flash } from "./context.ts";
import { COOKIE, clearAppCookie, readCookie, setAppCookie } from "./cookies.ts";

/** The request id: the caller's X-Request-Id when it is a plain token, else a new one.
 * randomUUID draws from a pooled entropy buffer; uuid's v7 (newId) asks the kernel for 16 fresh bytes
 * each time, which was a third of the cost of a cached page. A request id needs no order. */
export const requestIdFor = (incoming: string | null | undefined): string =>
  incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();

/**
 * The access log line of a request (static assets are not worth one each). Token segments of the
 * path (calendar feeds, invitations, join codes) are redacted: the log must not hold a usable key.
 */
export function logRequest(
  log: Logger,
  r: { requestId?: string; method: string; path: string; status: number; ms: number },
): void {
  if (r.path.startsWith("/static/") || !log.isLevelEnabled("info")) return;
  log.info({ ...r, path: redactPath(r.path) }, "request");
}

export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = requestIdFor(c.req.header("x-request-id"));
    c.set("deps", deps);
    c.set("requestId", requestId);
    c.set("log", deps.log.child({ requestId }));
    c.set("actor", null);
    c.set("sessionId", null);
    c.set("networkContext", null);
    c.set("flash", null);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    // Counted while it runs: the job worker waits for requests to be answered (platform/activity.ts).
    const ended = requestStarted();
    try {
      await next();
    } finally {
      ended();
    }
    logRequest(c.get("log"), {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}

type Resolver = (deps: Deps, token: string) => Promise<{ sessionId: string; actor: Actor } | null>;

export function loadSession(resolve: Resolver): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readCookie(c, COOKIE.session);
    if (token) {
      const found = await resolve(c.get("deps"), token);
      if (found) {
        c.set("actor", found.actor);
        c.set("sessionId", found.sessionId);
      } else {
        clearAppCookie(c, COOKIE.session);
      }
    }
    await next();
  };
}

/** ?lang= → cookie → account → Accept-Language → Italian. */
function chooseLanguage(c: Ctx): Lang {
  const asked = c.req.query("lang");
  if (isLang(asked)) return asked;
  const cookie = readCookie(c, COOKIE.lang);
  const account = c.get("actor")?.language;
  return (
    (isLang(cookie) ? cookie : undefined) ??
    (isLang(account) ? account : undefined) ??
    fromAcceptLanguage(c.req.header("accept-language")) ??
    DEFAULT_LANG
  );
}

function useLanguage(c: Ctx, lang: Lang): void {
  c.set("lang", lang);
  c.set("t", translator(lang));
  c.header("Content-Language", lang);
  c.header("Vary", "Accept-Language, Cookie");
}

/** ?lang= (remembered in a cookie) → cookie → account → Accept-Language → Italian. */
export function negotiateLanguage(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const asked = c.req.query("lang");
    if (isLang(asked)) setAppCookie(c, COOKIE.lang, asked, 365 * 86_400);
    useLanguage(c, chooseLanguage(c));
    await next();
  };
}

/**
 * The page language for an answer given before negotiateLanguage ran: a static file's 404, a body
 * refused as too large. Chosen the same way, without remembering `?lang=` in a cookie.
 */
export function ensureLanguage(c: Ctx): void {
  if (!c.get("t")) useLanguage(c, chooseLanguage(c));
}

const FLASH_KINDS = new Set(["success", "info", "danger"]);

export function flashMessages(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = readCookie(c, COOKIE.flash);
    if (raw) {
      const [kind, key] = raw.split(":", 2);
      if (kind && key && FLASH_KINDS.has(kind) && /^[\w.-]+$/.test(key)) {
        c.set("flash", { kind: kind as Flash["kind"], key });
      }
      clearAppCookie(c, COOKIE.flash);
    }
    await next();
  };
}

/** Redirect after a successful post, with a message for the next page (post/redirect/get). */
export function redirectWithFlash(c: Ctx, to: string, flash: Flash) {
  setAppCookie(c, COOKIE.flash, `${flash.kind}:${flash.key}`, 300);
  return c.redirect(to, 303);
}
