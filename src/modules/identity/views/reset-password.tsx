import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, SubmitButton } from "../../../platform/ui/components.tsx";
import { FormErrors, narrowPage, PasswordField, PostForm } from "./account-parts.tsx";

export function resetPasswordPage(c: Ctx, form: FormState, status = 200) {
  const t = c.get("t");
  const labels = { password: t("identity.reset.newPassword") };
  return narrowPage(
    c,
    { title: t("identity.reset.title"), lead: t("identity.reset.lead") },
    <>
      <FormErrors form={form} title={t("form.errorSummary")} labels={labels} />
      <PostForm c={c} action="/password/reset">
        <input type="hidden" name="token" value={form.values.token ?? ""} />
        <PasswordField c={c} form={form} name="password" label={labels.password} isNew />
        <SubmitButton label={t("identity.reset.submit")} />
      </PostForm>
    </>,
    status,
  );
}
