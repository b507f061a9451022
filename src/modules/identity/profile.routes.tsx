// The account pages under /account (signed in only) and the profile photos they show.
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { COOKIE, clearAppCookie } from "../../platform/http/cookies.ts";
import { fieldErrors, validateForm } from "../../platform/http/forms.ts";
import { requireActor } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { hasMessage } from "../../platform/i18n/index.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import type { AccountRow } from "./accounts.repo.ts";
import { limitMessage, linkConfirmRoutes } from "./email-links.http.tsx";
import { LinkLimitError } from "./email-links.ts";
import { photoInUse } from "./profile.repo.ts";
import {
  changePassword,
  confirmEmailChange,
  loadAccount,
  requestEmailChange,
  updateProfile,
} from "./profile.service.ts";
import { endAllSessions } from "./sessions.service.ts";
import { ChangeEmailForm, PasswordForm, ProfileForm } from "./signup.schema.ts";
import { revokeAllApiTokens } from "./tokens.service.ts";
import { accountPage } from "./views/account.tsx";
import { noticePage } from "./views/account-parts.tsx";
import { emailPage, passwordPage } from "./views/account-security.tsx";

const me = (c: Ctx) => c.get("actor")!.id;

const profileValues = (a: AccountRow): Record<string, string> => ({
  name: a.name,
  language: a.language,
  spokenLanguages: a.spoken_languages.join(","),
  photoAlt: a.photo_alt ?? "",
});

const accountView = (a: AccountRow) => ({ email: a.email, photoKey: a.photo_key, photoAlt: a.photo_alt });

/** Field errors from a service (catalogue keys) in the page's language, merged into the form. */
function withServiceErrors(c: Ctx, form: FormState, err: AppError): FormState {
  const t = c.get("t");
  const errors = { ...form.errors };
  for (const f of err.fieldErrors) errors[f.field] = t(f.message);
  return { values: form.values, errors };
}

/** Reads the multipart profile form: repeated checkboxes and the optional photo file. */
async function readProfile(c: Ctx) {
  const body = await c.req.parseBody({ all: true });
  const one = (k: string) => {
    const v = body[k];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === "string" ? first : "";
  };
  const spoken = ([] as unknown[])
    .concat(body.spokenLanguages ?? [])
    .filter((v): v is string => typeof v === "string");
  const file = body.photo;
  const photo = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  const values = {
    name: one("name"),
    language: one("language"),
    photoAlt: one("photoAlt"),
    spokenLanguages: spoken.join(","),
    removePhoto: one("removePhoto"),
  };
  return { values, spoken, photo };
}

export function profileRoutes() {
  const r = new Hono<AppEnv>();

  // Anyone following a confirmation link may not be signed in on this browser: the token is enough.
  // Registered before the requireActor() guard, which therefore never runs for these two routes.
  linkConfirmRoutes(
    r,
    "change-email",
    confirmEmailChange,
    async (c) =>
      redirectWithFlash(c, c.get("actor") ? "/account" : "/sign-in", {
        kind: "success",
        key: "identity.email.changed",
      }),
    (c) => ({ href: "/account/email", label: c.get("t")("identity.email.again") }),
  );

  r.use("/account", requireActor());
  r.use("/account/*", requireActor());

  r.get("/account", async (c) => {
    const a = await loadAccount(c.get("deps"), me(c));
    return accountPage(c, accountView(a), emptyForm(profileValues(a)));
  });

  r.post("/account", async (c) => {
    const deps = c.get("deps");
    const a = await loadAccount(deps, me(c));
    const { values, spoken, photo } = await readProfile(c);
    const parsed = ProfileForm.safeParse(values);
    const lang = c.get("lang");
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, c.get("t"), (k) => hasMessage(lang, k));
      return accountPage(c, accountView(a), { values, errors }, 422);
    }
    try {
      await updateProfile(deps, a.id, {
        ...parsed.data,
        spokenLanguages: spoken,
        photo,
        removePhoto: values.removePhoto === "on",
      });
    } catch (err) {
      if (!(err instanceof AppError) || !err.fieldErrors.length) throw err;
      return accountPage(c, accountView(a), withServiceErrors(c, { values, errors: {} }, err), err.status);
    }
    return redirectWithFlash(c, "/account", { kind: "success", key: "identity.profile.saved" });
  });

  r.get("/account/password", (c) => passwordPage(c, emptyForm()));

  r.post("/account/password", async (c) => {
    const v = await validateForm(c, PasswordForm);
    if (!v.ok) return passwordPage(c, v.form, 422);
    try {
      await changePassword(c.get("deps"), me(c), { ...v.data, keepSessionId: c.get("sessionId") });
    } catch (err) {
      if (!(err instanceof AppError) || !err.fieldErrors.length) throw err;
      return passwordPage(c, withServiceErrors(c, v.form, err), err.status);
    }
    return redirectWithFlash(c, "/account", { kind: "success", key: "identity.account.passwordChanged" });
  });

  r.get("/account/email", async (c) => {
    const a = await loadAccount(c.get("deps"), me(c));
    return emailPage(c, a.email, emptyForm());
  });

  r.post("/account/email", async (c) => {
    const deps = c.get("deps");
    const a = await loadAccount(deps, me(c));
    const v = await validateForm(c, ChangeEmailForm);
    if (!v.ok) return emailPage(c, a.email, v.form, 422);
    try {
      await requestEmailChange(deps, a.id, v.data);
    } catch (err) {
      if (err instanceof LinkLimitError) return emailPage(c, a.email, v.form, 429, limitMessage(c, err));
      if (!(err instanceof AppError) || !err.fieldErrors.length) throw err;
      return emailPage(c, a.email, withServiceErrors(c, v.form, err), err.status);
    }
    const t = c.get("t");
    return noticePage(c, {
      title: t("identity.checkMail.title"),
      paragraphs: [
        t("identity.checkMail.changeEmail", { email: v.data.email }),
        t("identity.checkMail.spam"),
      ],
      links: [{ href: "/account", label: t("identity.account.back") }],
    });
  });

  r.post("/account/sign-out-everywhere", async (c) => {
    await endAllSessions(c.get("deps"), me(c));
    await revokeAllApiTokens(c.get("deps"), me(c));
    clearAppCookie(c, COOKIE.session);
    return redirectWithFlash(c, "/sign-in", { kind: "info", key: "identity.account.signedOutEverywhere" });
  });

  // Profile photos, only while an account uses them. Keys are "photos/<uuid>.<ext>".
  r.get("/files/photos/:name{[0-9a-f-]+\\.(png|jpg|webp|gif)}", async (c) => {
    const key = `photos/${c.req.param("name")}`;
    const deps = c.get("deps");
    const file = (await photoInUse(deps.db, key)) ? await deps.files.get(key) : undefined;
    if (!file) throw new AppError(404, "not-found", "errors.notFound");
    c.header("Content-Type", file.contentType);
    c.header("Cache-Control", "private, max-age=86400");
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });

  return r;
}
