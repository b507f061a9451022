// Identity pages: thin handlers (validate → authorise → one service call → render).

import { Hono } from "hono";
import { clientIp } from "../../platform/http/client-ip.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie } from "../../platform/http/cookies.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { authenticate, SignInError } from "./accounts.service.ts";
import { signInAs } from "./email-links.http.tsx";
import { knownBrowserOf } from "./known-browsers.ts";
import { SignInForm, safeNext } from "./schema.ts";
import { endSession } from "./sessions.service.ts";
import { signInPage } from "./views/sign-in.tsx";

export function identityRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/sign-in", (c) => signInPage(c, { values: { next: c.req.query("next") ?? "" }, errors: {} }));

  r.post("/sign-in", async (c) => {
    const v = await validateForm(c, SignInForm);
    if (!v.ok) return signInPage(c, v.form, 422);
    const t = c.get("t");
    try {
      const { accountId } = await authenticate(c.get("deps"), {
        ...v.data,
        ip: clientIp(c),
        browser: knownBrowserOf(c),
      });
      await signInAs(c, accountId);
      // Where they were going, or their own area.
      return redirectWithFlash(c, safeNext(v.data.next || "/me"), {
        kind: "success",
        key: "identity.signIn.welcome",
      });
    } catch (err) {
      if (!(err instanceof SignInError)) throw err;
      if (err.headers["Retry-After"]) c.header("Retry-After", err.headers["Retry-After"]);
      const seconds = Number(err.headers["Retry-After"] ?? 60);
      const minutes = Math.ceil(seconds / 60);
      const message = t(err.message, { minutes, seconds, count: seconds });
      return signInPage(c, { values: v.form.values, errors: {} }, err.status, message);
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
