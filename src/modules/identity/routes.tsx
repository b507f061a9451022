// Identity pages: thin handlers (validate → authorise → one service call → render).

import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie, setAppCookie } from "../../platform/http/cookies.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { authenticate, SignInError } from "./accounts.service.ts";
import { SignInForm, safeNext } from "./schema.ts";
import { endSession, SESSION_DAYS, startSession } from "./sessions.service.ts";
import { signInPage } from "./views/sign-in.tsx";

/** The client's address: X-Forwarded-For only when TRUST_PROXY says a proxy sets it. */
export function clientIp(c: Ctx): string {
  if (c.get("deps").config.trustProxy) {
    const fwd = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function identityRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/sign-in", (c) => signInPage(c, { values: { next: c.req.query("next") ?? "" }, errors: {} }));

  r.post("/sign-in", async (c) => {
    const v = await validateForm(c, SignInForm);
    if (!v.ok) return signInPage(c, v.form, 422);
    const t = c.get("t");
    try {
      const { accountId } = await authenticate(c.get("deps"), { ...v.data, ip: clientIp(c) });
      const token = await startSession(c.get("deps"), accountId, c.req.header("user-agent") ?? null);
      const old = c.get("sessionId");
      if (old) await endSession(c.get("deps"), old);
      setAppCookie(c, COOKIE.session, token, SESSION_DAYS * 86_400);
      clearAppCookie(c, COOKIE.csrf);
      return redirectWithFlash(c, safeNext(v.data.next), { kind: "success", key: "identity.signIn.welcome" });
    } catch (err) {
      if (!(err instanceof SignInError)) throw err;
      if (err.headers["Retry-After"]) c.header("Retry-After", err.headers["Retry-After"]);
      const minutes = Math.ceil(Number(err.headers["Retry-After"] ?? 60) / 60);
      return signInPage(c, { values: v.form.values, errors: {} }, err.status, t(err.message, { minutes }));
    }
  });

  r.post("/sign-out", async (c) => {
    const sid = c.get("sessionId");
    if (sid) await endSession(c.get("deps"), sid);
    clearAppCookie(c, COOKIE.session);
    return redirectWithFlash(c, "/", { kind: "info", key: "identity.signOut.done" });
  });

  return r;
}
