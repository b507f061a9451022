// Sign-up, email verification and re-sending the verification link.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { limitMessage, linkProblemPage, signInAs } from "./email-links.http.tsx";
import { LinkLimitError } from "./email-links.ts";
import { clientIp } from "./routes.tsx";
import { EmailForm, SignUpForm } from "./signup.schema.ts";
import { resendVerification, signUp, verifyEmail } from "./signup.service.ts";
import { emailFormPage, noticePage } from "./views/account-parts.tsx";
import { signUpPage } from "./views/sign-up.tsx";

/** The same answer whether the address is new or already has an account. */
function checkMailPage(c: Ctx, email: string) {
  const t = c.get("t");
  return noticePage(c, {
    title: t("identity.checkMail.title"),
    paragraphs: [t("identity.checkMail.signUp", { email }), t("identity.checkMail.spam")],
    links: [{ href: "/verify-email/resend", label: t("identity.resend.link") }],
  });
}

function resendPage(c: Ctx, form = emptyForm(), status = 200, formError?: string) {
  const t = c.get("t");
  return emailFormPage(
    c,
    {
      title: t("identity.resend.title"),
      lead: t("identity.resend.lead"),
      action: "/verify-email/resend",
      submit: t("identity.resend.submit"),
      form,
      formError,
    },
    status,
  );
}

export function signupRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/sign-up", async (c) => (c.get("actor") ? c.redirect("/account", 303) : signUpPage(c, emptyForm())));

  r.post("/sign-up", async (c) => {
    const v = await validateForm(c, SignUpForm);
    if (!v.ok) return signUpPage(c, v.form, 422);
    try {
      await signUp(c.get("deps"), { ...v.data, ip: clientIp(c) });
    } catch (err) {
      if (!(err instanceof LinkLimitError)) throw err;
      return signUpPage(c, { values: v.form.values, errors: {} }, 429, limitMessage(c, err));
    }
    return checkMailPage(c, v.data.email);
  });

  r.get("/verify-email", async (c) => {
    const result = await verifyEmail(c.get("deps"), c.req.query("token") ?? "");
    if (!result.ok)
      return linkProblemPage(c, result.problem, {
        href: "/verify-email/resend",
        label: c.get("t")("identity.resend.link"),
      });
    await signInAs(c, result.accountId);
    return redirectWithFlash(c, "/account", { kind: "success", key: "identity.verify.done" });
  });

  r.get("/verify-email/resend", (c) => resendPage(c));

  r.post("/verify-email/resend", async (c) => {
    const v = await validateForm(c, EmailForm);
    if (!v.ok) return resendPage(c, v.form, 422);
    try {
      await resendVerification(c.get("deps"), v.data.email);
    } catch (err) {
      if (!(err instanceof LinkLimitError)) throw err;
      return resendPage(c, { values: v.form.values, errors: {} }, 429, limitMessage(c, err));
    }
    const t = c.get("t");
    return noticePage(c, {
      title: t("identity.checkMail.title"),
      paragraphs: [t("identity.checkMail.resent", { email: v.data.email })],
    });
  });

  return r;
}
