import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, SubmitButton } from "../../../platform/ui/components.tsx";
import {
  EmailField,
  FormErrors,
  LanguageField,
  NameField,
  narrowPage,
  PasswordField,
  PostForm,
} from "./account-parts.tsx";

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
  return narrowPage(
    c,
    { title: t("identity.signUp.title"), lead: t("identity.signUp.lead") },
    <>
      <FormErrors form={form} formError={formError} title={t("form.errorSummary")} labels={labels} />
      <PostForm c={c} action="/sign-up">
        <NameField c={c} form={f} label={labels.name} />
        <EmailField c={c} form={f} label={labels.email} />
        <PasswordField c={c} form={f} name="password" label={labels.password} isNew />
        <LanguageField c={c} form={f} label={labels.language} />
        <SubmitButton label={t("identity.signUp.submit")} />
      </PostForm>
      <p class="mt-4">
        {t("identity.signUp.haveAccount")} <a href="/sign-in">{t("identity.signIn.title")}</a>
      </p>
    </>,
    status,
  );
}
