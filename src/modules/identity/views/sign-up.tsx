import type { Ctx } from "../../../platform/http/context.ts";
import {
  Csrf,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { PASSWORD_MIN } from "../signup.schema.ts";
import { FormErrors } from "./account-parts.tsx";

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
  return render(
    c,
    { title: t("identity.signUp.title") },
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t("identity.signUp.title")}</h1>
        <p class="lead">{t("identity.signUp.lead")}</p>
        <FormErrors form={form} formError={formError} title={t("form.errorSummary")} labels={labels} />
        <form method="post" action="/sign-up" novalidate>
          <Csrf token={c.get("csrfToken")()} />
          <TextField
            form={f}
            name="name"
            label={labels.name}
            required
            requiredLabel={t("form.requiredMark")}
            autocomplete="name"
            maxlength={120}
          />
          <TextField
            form={f}
            name="email"
            type="email"
            label={labels.email}
            required
            requiredLabel={t("form.requiredMark")}
            autocomplete="email"
          />
          <TextField
            form={f}
            name="password"
            type="password"
            label={labels.password}
            required
            requiredLabel={t("form.requiredMark")}
            autocomplete="new-password"
            hint={t("identity.password.hint", { min: PASSWORD_MIN })}
          />
          <SelectField
            form={f}
            name="language"
            label={labels.language}
            options={[
              { value: "it", label: t("layout.languageName.it") },
              { value: "en", label: t("layout.languageName.en") },
            ]}
          />
          <SubmitButton label={t("identity.signUp.submit")} />
        </form>
        <p class="mt-4">
          {t("identity.signUp.haveAccount")} <a href="/sign-in">{t("identity.signIn.title")}</a>
        </p>
      </div>
    </div>,
    status,
  );
}
