import type { Ctx } from "../../../platform/http/context.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { EmailField, PasswordField } from "./account-parts.tsx";

export function signInPage(c: Ctx, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = { email: t("identity.signIn.email"), password: t("identity.signIn.password") };
  // The OpenID Connect button appears only when OIDC_* is configured.
  const oidc = c.get("deps").config.oidc;
  return formPage(
    c,
    {
      title: t("identity.signIn.title"),
      lead: t("identity.signIn.lead"),
      width: "narrow",
      form,
      formError,
      labels,
      action: "/sign-in",
      submit: t("identity.signIn.submit"),
      children: (
        <>
          <input type="hidden" name="next" value={form.values.next ?? ""} />
          <EmailField c={c} form={form} label={labels.email} />
          <PasswordField c={c} form={form} name="password" label={labels.password} />
        </>
      ),
      after: (
        <>
          {oidc ? (
            <p class="mt-4">
              <a
                class="btn btn-outline-primary"
                href={
                  form.values.next
                    ? `/sign-in/oidc?next=${encodeURIComponent(form.values.next)}`
                    : "/sign-in/oidc"
                }
              >
                {t("identity.oidc.button", { label: oidc.label })}
              </a>
            </p>
          ) : null}
          <ul class="list-unstyled mt-4">
            <li class="mb-2">
              <a href="/password/forgot">{t("identity.signIn.forgot")}</a>
            </li>
            <li class="mb-2">
              <a href="/sign-in/link">{t("identity.signIn.magicLink")}</a>
            </li>
            <li class="mb-2">
              <a href="/verify-email/resend">{t("identity.signIn.resend")}</a>
            </li>
            <li class="mb-2">
              {t("identity.signIn.noAccount")} <a href="/sign-up">{t("layout.signUp")}</a>
            </li>
          </ul>
        </>
      ),
    },
    status,
  );
}
