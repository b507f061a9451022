// OpenID Connect sign-in pages: /sign-in/oidc sends the browser to the provider, the callback signs
// the person in. Both answer 404 when OIDC_* is not configured.
import { createHmac, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie, readCookie, setAppCookie } from "../../platform/http/cookies.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import {
  accountForOidc,
  beginOidc,
  callbackUrl,
  completeOidc,
  OIDC_CALLBACK_PATH,
  OidcError,
  type OidcPending,
} from "./oidc.service.ts";
import { safeNext } from "./schema.ts";
import { endSession, SESSION_DAYS, startSession } from "./sessions.service.ts";
import { signInPage } from "./views/sign-in.tsx";
import "./messages.oidc.ts";

/** Long enough to type a password at the provider, short enough that a stolen cookie goes stale. */
const PENDING_SECONDS = 600;

const mac = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`oidc:${payload}`).digest("base64url");

function sealPending(c: Ctx, pending: OidcPending): string {
  const exp = c.get("deps").clock.now().getTime() + PENDING_SECONDS * 1000;
  const payload = Buffer.from(JSON.stringify({ ...pending, exp })).toString("base64url");
  return `${payload}.${mac(c.get("deps").config.secret, payload)}`;
}

/** The pending sign-in from the signed cookie, or undefined when missing, forged or stale. */
function openPending(c: Ctx): OidcPending | undefined {
  const raw = readCookie(c, COOKIE.oidc);
  const [payload, sig] = raw?.split(".") ?? [];
  if (!payload || !sig) return undefined;
  const expected = Buffer.from(mac(c.get("deps").config.secret, payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const p = JSON.parse(Buffer.from(payload, "base64url").toString()) as OidcPending & { exp: number };
    if (typeof p.exp !== "number" || p.exp < c.get("deps").clock.now().getTime()) return undefined;
    return { state: p.state, nonce: p.nonce, verifier: p.verifier, next: p.next };
  } catch {
    return undefined;
  }
}

/** Without OIDC_* these pages do not exist. */
function notConfigured(c: Ctx) {
  if (!c.get("deps").config.oidc) throw new AppError(404, "not-found", "errors.notFound");
}

/** A refusal shown on the sign-in page, in the page's language. */
function refusal(c: Ctx, err: OidcError, next = "") {
  return signInPage(c, { values: { next }, errors: {} }, err.status, c.get("t")(err.message));
}

export function oidcRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/sign-in/oidc", async (c) => {
    notConfigured(c);
    const next = safeNext(c.req.query("next"));
    try {
      const { url, pending } = await beginOidc(c.get("deps"), next);
      setAppCookie(c, COOKIE.oidc, sealPending(c, pending), PENDING_SECONDS);
      return c.redirect(url.href, 303);
    } catch (err) {
      if (err instanceof OidcError) return refusal(c, err, next);
      throw err;
    }
  });

  r.get(OIDC_CALLBACK_PATH, async (c) => {
    notConfigured(c);
    const deps = c.get("deps");
    const pending = openPending(c);
    // One attempt per cookie: whatever happens next, the state, nonce and verifier are spent.
    clearAppCookie(c, COOKIE.oidc);
    if (!pending) return refusal(c, new OidcError(400, "oidc-expired", "identity.oidc.expired"));
    // The URL the provider redirected to, rebuilt on BASE_URL so it matches the registered
    // redirect_uri even behind a proxy.
    const current = callbackUrl(deps);
    current.search = new URL(c.req.url).search;
    try {
      const who = await completeOidc(deps, current, pending);
      const { accountId } = await accountForOidc(deps, who, c.get("lang"));
      // The same rotation as a password sign-in: a new session, the old one (if any) ended.
      const token = await startSession(deps, accountId, c.req.header("user-agent") ?? null);
      const old = c.get("sessionId");
      if (old) await endSession(deps, old);
      setAppCookie(c, COOKIE.session, token, SESSION_DAYS * 86_400);
      clearAppCookie(c, COOKIE.csrf);
      return redirectWithFlash(c, safeNext(pending.next), {
        kind: "success",
        key: "identity.signIn.welcome",
      });
    } catch (err) {
      if (err instanceof OidcError) return refusal(c, err, pending.next);
      throw err;
    }
  });

  return r;
}
