// OpenID Connect sign-in pages: /sign-in/oidc sends the browser to the provider, the callback signs
// the person in (or, for an address that already has an account, says to check the mail), and
// /sign-in/oidc/link is the mailed confirmation. All answer 404 when OIDC_* is not configured.
import { createHmac, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie, readCookie, setAppCookie } from "../../platform/http/cookies.ts";
import { readForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { limitMessage, linkProblemPage, signInAs } from "./email-links.http.tsx";
import { LinkLimitError } from "./email-links.ts";
import {
  accountForOidc,
  beginOidc,
  callbackUrl,
  completeOidc,
  OIDC_CALLBACK_PATH,
  OidcError,
  type OidcPending,
} from "./oidc.service.ts";
import { checkOidcLink, confirmOidcLink, OIDC_LINK_PATH, OIDC_LINK_TTL_MS } from "./oidc-link.service.ts";
import { safeNext } from "./schema.ts";
import { confirmLinkPage, noticePage } from "./views/account-parts.tsx";
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

const providerLabel = (c: Ctx) => c.get("deps").config.oidc?.label ?? "OpenID Connect";

const again = (c: Ctx) => ({ href: "/sign-in", label: c.get("t")("identity.oidc.link.again") });

/** The sign-in stops here: the account with this address must confirm the link from its mailbox. */
function checkMailPage(c: Ctx, email: string) {
  const t = c.get("t");
  const params = { email, label: providerLabel(c), minutes: Math.round(OIDC_LINK_TTL_MS / 60_000) };
  return noticePage(c, {
    title: t("identity.checkMail.title"),
    paragraphs: [t("identity.oidc.checkMail", params), t("identity.oidc.checkMailWhy", params)],
  });
}

/** A refusal shown on the sign-in page, in the page's language. */
function refusal(c: Ctx, err: OidcError, next = "") {
  return signInPage(c, { values: { next }, errors: {} }, err.status, c.get("t")(err.message));
}

export function oidcRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/sign-in/oidc", async (c) => {
    notConfigured(c);
    const next = safeNext(c.req.query("next") || "/me");
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
      const outcome = await accountForOidc(deps, who, c.get("lang"), safeNext(pending.next));
      if (outcome.kind === "confirm-by-mail") return checkMailPage(c, outcome.email);
      // The same rotation as a password sign-in: a new session, the old one (if any) ended.
      await signInAs(c, outcome.accountId);
      return redirectWithFlash(c, safeNext(pending.next), {
        kind: "success",
        key: "identity.signIn.welcome",
      });
    } catch (err) {
      if (err instanceof OidcError) return refusal(c, err, pending.next);
      if (err instanceof LinkLimitError)
        return signInPage(c, { values: { next: pending.next }, errors: {} }, 429, limitMessage(c, err));
      throw err;
    }
  });

  // The mailed confirmation, in two steps as every mailed link: mail scanners fetch links before the
  // person clicks, so the GET only checks the token and shows a button; its POST links and signs in.
  r.get(OIDC_LINK_PATH, async (c) => {
    notConfigured(c);
    const token = c.req.query("token") ?? "";
    const state = await checkOidcLink(c.get("deps"), token);
    if (!state.ok) return linkProblemPage(c, state.problem, again(c));
    // The link is a secret: keep it out of Referer headers sent to other sites.
    c.header("Referrer-Policy", "no-referrer");
    const t = c.get("t");
    const label = providerLabel(c);
    return confirmLinkPage(c, {
      title: t("identity.oidc.link.title", { label }),
      lead: t("identity.oidc.link.lead", { label, email: state.email }),
      submit: t("identity.oidc.link.submit", { label }),
      action: OIDC_LINK_PATH,
      token,
    });
  });

  r.post(OIDC_LINK_PATH, async (c) => {
    notConfigured(c);
    const result = await confirmOidcLink(c.get("deps"), (await readForm(c)).token ?? "");
    if (!result.ok) return linkProblemPage(c, result.problem, again(c));
    await signInAs(c, result.accountId);
    return redirectWithFlash(c, safeNext(result.next), {
      kind: "success",
      key: "identity.oidc.link.done",
    });
  });

  return r;
}
