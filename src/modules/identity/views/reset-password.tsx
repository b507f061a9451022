import type { Ctx } from "../../../platform/http/context.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { PasswordField } from "./account-parts.tsx";

export function resetPasswordPage(c: Ctx, form: FormState, status = 200) {
  const t = c.get("t");
  const labels = { password: t("identity.reset.newPassword") };
  return formPage(
    c,
    {
      title: t("identity.reset.title"),
      lead: t("identity.reset.lead"),
      width: "narrow",
      form,
      labels,
      action: "/password/reset",
      submit: t("identity.reset.submit"),
      children: (
        <>
          <input type="hidden" name="token" value={form.values.token ?? ""} />
          <PasswordField c={c} form={form} name="password" label={labels.password} isNew />
        </>
      ),
    },
    status,
  );
}
