// Sign-in with a link sent by email.
import { Hono } from "hono";
import type { AppEnv, Ctx } from "../../platform/http/context.ts";
import { validateForm } from "../../platform/http/forms.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { emptyForm } from "../../platform/ui/components.tsx";
import { limitMessage, linkProblemPage, signInAs } from "./email-links.http.tsx";
import { LinkLimitError } from "./email-links.ts";
import { requestMagicLink, signInWithLink } from "./magic-link.service.ts";
import { EmailForm } from "./signup.schema.ts";
import { emailFormPage, noticePage } from "./views/account-parts.tsx";

function magicPage(c: Ctx, form = emptyForm(), status = 200, formError?: string) {
  const t = c.get("t");
  return emailFormPage(
    c,
    {
      title: t("identity.magic.title"),
      lead: t("identity.magic.lead"),
      action: "/sign-in/link",
      submit: t("identity.magic.submit"),
      form,
      formError,
      links: [{ href: "/sign-in", label: t("identity.magic.withPassword") }],
    },
    status,
  );
}

export function magicLinkRoutes() {
  const r = new Hono<AppEnv>();

  r.get("/sign-in/link", (c) => magicPage(c));

  r.post("/sign-in/link", async (c) => {
    const v = await validateForm(c, EmailForm);
    if (!v.ok) return magicPage(c, v.form, 422);
    try {
      await requestMagicLink(c.get("deps"), v.data.email);
    } catch (err) {
      if (!(err instanceof LinkLimitError)) throw err;
      return magicPage(c, { values: v.form.values, errors: {} }, 429, limitMessage(c, err));
    }
    const t = c.get("t");
    return noticePage(c, {
      title: t("identity.checkMail.title"),
      paragraphs: [t("identity.checkMail.magic", { email: v.data.email }), t("identity.checkMail.spam")],
    });
  });

  r.get("/sign-in/link/open", async (c) => {
    const result = await signInWithLink(c.get("deps"), c.req.query("token") ?? "");
    if (!result.ok)
      return linkProblemPage(c, result.problem, {
        href: "/sign-in/link",
        label: c.get("t")("identity.magic.again"),
      });
    await signInAs(c, result.accountId);
    return redirectWithFlash(c, "/", { kind: "success", key: "identity.signIn.welcome" });
  });

  return r;
}
