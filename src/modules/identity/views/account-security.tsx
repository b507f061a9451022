// Account sections with one form each: change password, change email address.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, type FormState, SubmitButton, TextField } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { PASSWORD_MIN } from "../signup.schema.ts";
import { AccountNav } from "./account.tsx";
import { FormErrors } from "./account-parts.tsx";

function frame(c: Ctx, current: string, title: string, body: Child, status: number) {
  const t = c.get("t");
  return render(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/", label: t("layout.home") },
        { href: "/account", label: t("identity.account.title") },
        { label: title },
      ],
    },
    <div>
      <h1>{title}</h1>
      <AccountNav c={c} current={current} />
      <div class="row">
        <div class="col-12 col-lg-7">{body}</div>
      </div>
    </div>,
    status,
  );
}

export function passwordPage(c: Ctx, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = {
    currentPassword: t("identity.account.currentPassword"),
    newPassword: t("identity.reset.newPassword"),
  };
  return frame(
    c,
    "/account/password",
    t("identity.account.password"),
    <>
      <FormErrors form={form} formError={formError} title={t("form.errorSummary")} labels={labels} />
      <form method="post" action="/account/password" novalidate>
        <Csrf token={c.get("csrfToken")()} />
        <TextField
          form={form}
          name="currentPassword"
          type="password"
          label={labels.currentPassword}
          required
          requiredLabel={t("form.requiredMark")}
          autocomplete="current-password"
        />
        <TextField
          form={form}
          name="newPassword"
          type="password"
          label={labels.newPassword}
          required
          requiredLabel={t("form.requiredMark")}
          autocomplete="new-password"
          hint={t("identity.password.hint", { min: PASSWORD_MIN })}
        />
        <SubmitButton label={t("identity.account.changePassword")} />
      </form>
    </>,
    status,
  );
}

export function emailPage(c: Ctx, current: string, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = { email: t("identity.email.new"), password: t("identity.signIn.password") };
  return frame(
    c,
    "/account/email",
    t("identity.account.email"),
    <>
      <p>{t("identity.email.current", { email: current })}</p>
      <p>{t("identity.email.lead")}</p>
      <FormErrors form={form} formError={formError} title={t("form.errorSummary")} labels={labels} />
      <form method="post" action="/account/email" novalidate>
        <Csrf token={c.get("csrfToken")()} />
        <TextField
          form={form}
          name="email"
          type="email"
          label={labels.email}
          required
          requiredLabel={t("form.requiredMark")}
          autocomplete="email"
        />
        <TextField
          form={form}
          name="password"
          type="password"
          label={labels.password}
          required
          requiredLabel={t("form.requiredMark")}
          autocomplete="current-password"
        />
        <SubmitButton label={t("identity.email.submit")} />
      </form>
    </>,
    status,
  );
}
