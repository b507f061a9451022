// Forgotten password: ask for a link, then set a new password with it.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { emailRequestRoutes, linkProblemPage, openLink, signInAndGo } from "./email-links.http.tsx";
import { requestPasswordReset, resetPassword } from "./recovery.service.ts";
import { ResetForm } from "./signup.schema.ts";
import { resetPasswordPage } from "./views/reset-password.tsx";

const askAgain = (c: Ctx) => ({ href: "/password/forgot", label: c.get("t")("identity.forgot.again") });

export function recoveryRoutes() {
  const r = new Hono<AppEnv>();

  emailRequestRoutes(r, {
    path: "/password/forgot",
    texts: "identity.forgot",
    links: (t) => [{ href: "/sign-in/link", label: t("identity.magic.link") }],
    send: requestPasswordReset,
    checkMail: ["identity.checkMail.reset", "identity.checkMail.spam"],
  });

  // The form is shown only for a link that still works, so nobody types a password in vain.
  r.get("/password/reset", async (c) => {
    const link = await openLink(c, "reset-password", askAgain);
    if (!link.ok) return link.page;
    return resetPasswordPage(c, emptyForm({ token: link.token }));
  });

  r.post("/password/reset", async (c) => {
    const v = await validateForm(c, ResetForm);
    if (!v.ok) return resetPasswordPage(c, v.form, 422);
    const result = await resetPassword(c.get("deps"), v.data.token, v.data.password);
    if (!result.ok) return linkProblemPage(c, result.problem, askAgain(c));
    return signInAndGo("/account", "identity.reset.done")(c, result.accountId);
  });

  return r;
}
