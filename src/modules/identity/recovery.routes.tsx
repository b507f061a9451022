// Forgotten password: ask for a link, then set a new password with it.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { limitMessage, linkProblemPage, signInAs } from "./email-links.http.tsx";
import { checkLink, LinkLimitError } from "./email-links.ts";
import { requestPasswordReset, resetPassword } from "./recovery.service.ts";
import { EmailForm, ResetForm } from "./signup.schema.ts";
import { emailFormPage, noticePage } from "./views/account-parts.tsx";
import { resetPasswordPage } from "./views/reset-password.tsx";

function forgotPage(c: Ctx, form = emptyForm(), status = 200, formError?: string) {
  const t = c.get("t");
  return emailFormPage(
    c,
    {
      title: t("identity.forgot.title"),
      lead: t("identity.forgot.lead"),
      action: "/password/forgot",
      submit: t("identity.forgot.submit"),
      form,
      formError,
      links: [{ href: "/sign-in/link", label: t("identity.magic.link") }],
    },
    status,
  );
}

const askAgain = (c: Ctx) => ({ href: "/password/forgot", label: c.get("t")("identity.forgot.again") });

export function recoveryRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/password/forgot", (c) => forgotPage(c));

  r.post("/password/forgot", async (c) => {
    const v = await validateForm(c, EmailForm);
    if (!v.ok) return forgotPage(c, v.form, 422);
    try {
      await requestPasswordReset(c.get("deps"), v.data.email);
    } catch (err) {
      if (!(err instanceof LinkLimitError)) throw err;
      return forgotPage(c, { values: v.form.values, errors: {} }, 429, limitMessage(c, err));
    }
    const t = c.get("t");
    return noticePage(c, {
      title: t("identity.checkMail.title"),
      paragraphs: [t("identity.checkMail.reset", { email: v.data.email }), t("identity.checkMail.spam")],
    });
  });

  // The form is shown only for a link that still works, so nobody types a password in vain.
  r.get("/password/reset", async (c) => {
    const token = c.req.query("token") ?? "";
    const state = await checkLink(c.get("deps"), "reset-password", token);
    if (!state.ok) return linkProblemPage(c, state.problem, askAgain(c));
    return resetPasswordPage(c, emptyForm({ token }));
  });

  r.post("/password/reset", async (c) => {
    const v = await validateForm(c, ResetForm);
    if (!v.ok) return resetPasswordPage(c, v.form, 422);
    const result = await resetPassword(c.get("deps"), v.data.token, v.data.password);
    if (!result.ok) return linkProblemPage(c, result.problem, askAgain(c));
    await signInAs(c, result.accountId);
    return redirectWithFlash(c, "/account", { kind: "success", key: "identity.reset.done" });
  });

  return r;
}
