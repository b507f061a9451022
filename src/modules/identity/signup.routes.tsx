// Sign-up, email verification and re-sending the verification link.
import { Hono } from "hono";
import { clientIp } from "../../platform/http/client-ip.ts";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { emailRequestRoutes, limitMessage, linkConfirmRoutes, signInAndGo } from "./email-links.http.tsx";
import { LinkLimitError } from "./email-links.ts";
import { SignUpForm } from "./signup.schema.ts";
import { resendVerification, signUp, verifyEmail } from "./signup.service.ts";
import { noticePage } from "./views/account-parts.tsx";
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

  linkConfirmRoutes(r, "verify-email", verifyEmail, signInAndGo("/account", "identity.verify.done"), (c) => ({
    href: "/verify-email/resend",
    label: c.get("t")("identity.resend.link"),
  }));

  emailRequestRoutes(r, {
    path: "/verify-email/resend",
    texts: "identity.resend",
    send: resendVerification,
    checkMail: ["identity.checkMail.resent"],
  });

  return r;
}
