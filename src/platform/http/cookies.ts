// Cookie names and attributes in one place: httpOnly, SameSite=Lax, Secure when served over https.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./context.ts";

export const COOKIE = {
  session: "bottega_session",
  csrf: "bottega_csrf",
  lang: "bottega_lang",
  flash: "bottega_flash",
  oidc: "bottega_oidc",
} as const;

type C = Context<AppEnv>;

function secure(c: C): boolean {
  return c.get("deps").config.baseUrl.startsWith("https://");
}

export function setAppCookie(c: C, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name, value, {
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
  return all[name];
}

export function clearAppCookie(c: C, name: string): void {
  deleteCookie(c, name, { path: "/", secure: secure(c) });
}
