// Cookie names and attributes in one place: httpOnly, SameSite=Lax, Secure when served over https.
// Over https the session, CSRF and known-browser cookies carry the `__Host-` prefix (ASVS 3.3.3): browsers accept
// such a cookie only from a secure origin, with Path=/ and no Domain, so neither a sibling subdomain
// nor a plain-http page on the same host can plant or overwrite it (cookie tossing). Code names
// cookies by their COOKIE entry; the functions below put the prefix on and take it off.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./context.ts";

export const COOKIE = {
  session: "bottega_session",
  csrf: "bottega_csrf",
  lang: "bottega_lang",
  flash: "bottega_flash",
  oidc: "bottega_oidc",
  device: "bottega_device",
} as const;

type C = Context<AppEnv>;

/** The cookies that get the `__Host-` prefix over https: the ones whose value grants or proves something. */
const HOST_ONLY: ReadonlySet<string> = new Set([COOKIE.session, COOKIE.csrf, COOKIE.device]);

/** The name a cookie has on the wire for a site at `baseUrl` (the WebSocket upgrade reads it too). */
export function wireName(baseUrl: string, name: string): string {
  return HOST_ONLY.has(name) && baseUrl.startsWith("https://") ? `__Host-${name}` : name;
}

function secure(c: C): boolean {
  return c.get("deps").config.baseUrl.startsWith("https://");
}

const onWire = (c: C, name: string) => wireName(c.get("deps").config.baseUrl, name);

export function setAppCookie(c: C, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, onWire(c, name), value, {
    httpOnly: true,
    sameSite: "Lax",
    secure: secure(c),
    path: "/",
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });
}

// The Cookie header is parsed once per request: the session, language, flash and CSRF middleware
// each read a cookie, and Hono's getCookie(c, name) parses the whole header on every call.
const parsed = new WeakMap<C, Record<string, string>>();

export function readCookie(c: C, name: string): string | undefined {
  let all = parsed.get(c);
  if (!all) {
    all = getCookie(c);
    parsed.set(c, all);
  }
  return all[onWire(c, name)];
}

export function clearAppCookie(c: C, name: string): void {
  deleteCookie(c, onWire(c, name), { path: "/", secure: secure(c) });
}
