import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, type FormState, SubmitButton, TextField } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { PASSWORD_MIN } from "../signup.schema.ts";
import { FormErrors } from "./account-parts.tsx";

export function resetPasswordPage(c: Ctx, form: FormState, status = 200) {
  const t = c.get("t");
  const labels = { password: t("identity.reset.newPassword") };
  return render(
    c,
    { title: t("identity.reset.title") },
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t("identity.reset.title")}</h1>
        <p class="lead">{t("identity.reset.lead")}</p>
        <FormErrors form={form} title={t("form.errorSummary")} labels={labels} />
        <form method="post" action="/password/reset" novalidate>
          <Csrf token={c.get("csrfToken")()} />
          <input type="hidden" name="token" value={form.values.token ?? ""} />
          <TextField
            form={form}
            name="password"
            type="password"
            label={labels.password}
            required
            requiredLabel={t("form.requiredMark")}
            autocomplete="new-password"
            hint={t("identity.password.hint", { min: PASSWORD_MIN })}
          />
          <SubmitButton label={t("identity.reset.submit")} />
        </form>
      </div>
    </div>,
    status,
  );
}
