// Account sections with one form each: change password, change email address.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { accountSectionPage } from "./account.tsx";
import { EmailField, PasswordField } from "./account-parts.tsx";

const narrow = (body: Child) => (
  <div class="row">
    <div class="col-12 col-lg-7">{body}</div>
  </div>
);

export function passwordPage(c: Ctx, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = {
    currentPassword: t("identity.account.currentPassword"),
    newPassword: t("identity.reset.newPassword"),
  };
  return accountSectionPage(
    c,
    "/account/password",
    t("identity.account.password"),
    narrow(
      <FormBlock
        c={c}
        form={form}
        formError={formError}
        labels={labels}
        action="/account/password"
        submit={t("identity.account.changePassword")}
      >
        <PasswordField c={c} form={form} name="currentPassword" label={labels.currentPassword} />
        <PasswordField c={c} form={form} name="newPassword" label={labels.newPassword} isNew />
      </FormBlock>,
    ),
    status,
  );
}

export function emailPage(c: Ctx, current: string, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = { email: t("identity.email.new"), password: t("identity.signIn.password") };
  return accountSectionPage(
    c,
    "/account/email",
    t("identity.account.email"),
    narrow(
      <>
        <p>{t("identity.email.current", { email: current })}</p>
        <p>{t("identity.email.lead")}</p>
        <FormBlock
          c={c}
          form={form}
          formError={formError}
          labels={labels}
          action="/account/email"
          submit={t("identity.email.submit")}
        >
          <EmailField c={c} form={form} label={labels.email} />
          <PasswordField c={c} form={form} name="password" label={labels.password} />
        </FormBlock>
      </>,
    ),
    status,
  );
}
