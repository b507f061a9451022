// Helpers shared by the account routes: signing a person in after a link or a reset, turning a rate
// limit into a message for the same form, and the two steps of opening a mailed link.
import type { Hono } from "hono";
import type { Deps } from "../../platform/deps.ts";
import { clientIp } from "../../platform/http/client-ip.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie, setAppCookie } from "../../platform/http/cookies.ts";
import { readForm, validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import type { T } from "../../platform/i18n/index.ts";
import type { FormState } from "../../platform/ui/components.tsx";
import type { AuthPurpose } from "./auth-tokens.repo.ts";
import type { LinkRequest } from "./email-links.requests.ts";
import { checkLink, LINK_PATH, LinkLimitError, type LinkProblem, type Redeemed } from "./email-links.ts";
import { rememberBrowser } from "./known-browsers.ts";
import { endSession, SESSION_DAYS, startSession } from "./sessions.service.ts";
import { EmailForm } from "./signup.schema.ts";
import { confirmLinkPage, emailFormPage, noticePage } from "./views/account-parts.tsx";

/**
 * Starts a fresh session (rotation: any earlier one on this browser ends) and sets its cookie; the
 * browser is now known for the account (known-browsers.ts).
 */
export async function signInAs(c: Ctx, accountId: string): Promise<void> {
  const deps = c.get("deps");
  const token = await startSession(deps, accountId, c.req.header("user-agent") ?? null);
  const old = c.get("sessionId");
  if (old) await endSession(deps, old);
  setAppCookie(c, COOKIE.session, token, SESSION_DAYS * 86_400);
  // The anonymous CSRF cookie belonged to the signed-out browser; forms now sign the session.
  clearAppCookie(c, COOKIE.csrf);
  rememberBrowser(c, accountId);
}

/** The answer to a link that signs the person in: a fresh session, then `to` with a success message. */
export const signInAndGo = (to: string, key: string) => async (c: Ctx, accountId: string) => {
  await signInAs(c, accountId);
  return redirectWithFlash(c, to, { kind: "success", key });
};

/** The message for a rate-limited form, with the wait in whole minutes; sets Retry-After. */
export function limitMessage(c: Ctx, err: LinkLimitError): string {
  c.header("Retry-After", String(err.retryAfterSeconds));
  return c.get("t")(err.message, { minutes: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) });
}

/** The page for a link that cannot be used, saying why and offering to ask for a new one. */
export function linkProblemPage(c: Ctx, problem: LinkProblem, again: { href: string; label: string }) {
  const t = c.get("t");
  return noticePage(
    c,
    {
      title: t("identity.links.problemTitle"),
      kind: "danger",
      paragraphs: [t(`identity.links.${problem}`)],
      links: [again],
    },
    problem === "invalid" ? 400 : 410,
  );
}

type Again = (c: Ctx) => { href: string; label: string };

/** A mailed link that can still be used (not used by looking), or the page saying why it cannot. */
export async function openLink(
  c: Ctx,
  purpose: AuthPurpose,
  again: Again,
): Promise<{ ok: true; token: string; email: string } | { ok: false; page: Promise<Response> }> {
  const token = c.req.query("token") ?? "";
  const state = await checkLink(c.get("deps"), purpose, token);
  if (!state.ok) return { ok: false, page: linkProblemPage(c, state.problem, again(c)) };
  return { ok: true, token, email: state.email };
}

const PAGE_KEYS = { "verify-email": "verifyEmail", "magic-link": "magicLink", "change-email": "changeEmail" };

/**
 * The two steps of a single-use link that acts at once (verify, sign in, confirm a new address). Mail
 * scanners (Outlook Safe Links, antivirus gateways) fetch links before the person clicks, so the GET
 * only checks the token and shows one button; the button's POST uses it and `done` answers.
 */
export function linkConfirmRoutes(
  r: Hono<AppEnv>,
  purpose: keyof typeof PAGE_KEYS,
  use: (deps: Deps, token: string) => Promise<Redeemed>,
  done: (c: Ctx, accountId: string) => Promise<Response>,
  again: Again,
) {
  const path = LINK_PATH[purpose];
  r.get(path, async (c) => {
    const link = await openLink(c, purpose, again);
    if (!link.ok) return link.page;
    const t = c.get("t");
    const k = (part: string) => `identity.linkOpen.${PAGE_KEYS[purpose]}.${part}`;
    return confirmLinkPage(c, {
      title: t(k("title")),
      lead: t(k("lead"), { email: link.email }),
      submit: t(k("submit")),
      action: path,
      token: link.token,
    });
  });
  r.post(path, async (c) => {
    const result = await use(c.get("deps"), (await readForm(c)).token ?? "");
    if (!result.ok) return linkProblemPage(c, result.problem, again(c));
    return done(c, result.accountId);
  });
}

type EmailRequest = {
  path: string;
  /** Catalogue prefix of the form's `.title`, `.lead` and `.submit`. */
  texts: string;
  links?: (t: T) => { href: string; label: string }[];
  /** Limits and queues the mail; the same work whether or not the address has an account. */
  send: (deps: Deps, input: LinkRequest) => Promise<void>;
  /** Catalogue keys of the "check your mail" paragraphs; `{email}` is the address asked for. */
  checkMail: string[];
};

/**
 * A one-field "mail me a link" form (re-send verification, forgotten password, sign-in link): the
 * form, then "check your mail" whatever the address, or the same form with the error (422) or with
 * the wait when the address has had too many mails (429).
 */
export function emailRequestRoutes(r: Hono<AppEnv>, p: EmailRequest) {
  const page = (c: Ctx, form: FormState = { values: {}, errors: {} }, status = 200, formError?: string) => {
    const t = c.get("t");
    const text = { title: t(`${p.texts}.title`), lead: t(`${p.texts}.lead`), submit: t(`${p.texts}.submit`) };
    return emailFormPage(c, { ...text, action: p.path, form, formError, links: p.links?.(t) }, status);
  };
  r.get(p.path, (c) => page(c));
  r.post(p.path, async (c) => {
    const v = await validateForm(c, EmailForm);
    if (!v.ok) return page(c, v.form, 422);
    try {
      await p.send(c.get("deps"), { email: v.data.email, ip: clientIp(c) });
    } catch (err) {
      if (!(err instanceof LinkLimitError)) throw err;
      return page(c, { values: v.form.values, errors: {} }, 429, limitMessage(c, err));
    }
    const t = c.get("t");
    return noticePage(c, {
      title: t("identity.checkMail.title"),
      paragraphs: p.checkMail.map((k) => t(k, { email: v.data.email })),
    });
  });
}
