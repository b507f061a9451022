// Per-request middleware: request id and logger, the signed-in actor, the interface language, and
// one-shot flash messages carried across a redirect.
import type { MiddlewareHandler } from "hono";
import type { Actor } from "../../modules/identity/policy.ts";
import { DEFAULT_LANG, fromAcceptLanguage, isLang, type Lang, translator } from "../i18n/index.ts";
import { newId } from "../ids.ts";
import type { AppEnv, Deps, Flash } from "./context.ts";
import { COOKIE, clearAppCookie, readCookie, setAppCookie } from "./cookies.ts";

export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : newId();
    c.set("deps", deps);
    c.set("requestId", requestId);
    c.set("log", deps.log.child({ requestId }));
    c.set("actor", null);
    c.set("sessionId", null);
    c.set("networkContext", null);
    c.set("flash", null);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    // Static assets are not worth a log line each.
    if (!c.req.path.startsWith("/static/")) {
      c.get("log").info(
        { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
        "request",
      );
    }
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

/** ?lang= (remembered in a cookie) → cookie → account → Accept-Language → Italian. */
export function negotiateLanguage(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const asked = c.req.query("lang");
    let lang: Lang | undefined;
    if (isLang(asked)) {
      lang = asked;
      setAppCookie(c, COOKIE.lang, asked, 365 * 86_400);
    }
    const cookie = readCookie(c, COOKIE.lang);
    const account = c.get("actor")?.language;
    lang ??=
      (isLang(cookie) ? cookie : undefined) ??
      (isLang(account) ? account : undefined) ??
      fromAcceptLanguage(c.req.header("accept-language")) ??
      DEFAULT_LANG;
    c.set("lang", lang);
    c.set("t", translator(lang));
    c.header("Content-Language", lang);
    c.header("Vary", "Accept-Language, Cookie");
    await next();
  };
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
export function redirectWithFlash(c: Parameters<MiddlewareHandler<AppEnv>>[0], to: string, flash: Flash) {
  setAppCookie(c, COOKIE.flash, `${flash.kind}:${flash.key}`, 300);
  return c.redirect(to, 303);
}
