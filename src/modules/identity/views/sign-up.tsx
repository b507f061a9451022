import type { Ctx } from "../../../platform/http/context.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { EmailField, LanguageField, NameField, PasswordField } from "./account-parts.tsx";

export function signUpPage(c: Ctx, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = {
    name: t("identity.signUp.name"),
    email: t("identity.signIn.email"),
    password: t("identity.signIn.password"),
    language: t("identity.signUp.language"),
  };
  const values = { ...form.values, language: form.values.language ?? c.get("lang") };
  const f = { ...form, values };
  return formPage(
    c,
    {
      title: t("identity.signUp.title"),
      lead: t("identity.signUp.lead"),
      width: "narrow",
      form,
      formError,
      labels,
      action: "/sign-up",
      submit: t("identity.signUp.submit"),
      children: (
        <>
          <NameField c={c} form={f} label={labels.name} />
          <EmailField c={c} form={f} label={labels.email} />
          <PasswordField c={c} form={f} name="password" label={labels.password} isNew />
          <LanguageField c={c} form={f} label={labels.language} />
        </>
      ),
      after: (
        <p class="mt-4">
          {t("identity.signUp.haveAccount")} <a href="/sign-in">{t("identity.signIn.title")}</a>
        </p>
      ),
    },
    status,
  );
}
