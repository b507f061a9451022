import type { Ctx } from "../../../platform/http/context.ts";
import {
  Csrf,
  ErrorSummary,
  type FormState,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";

export function signInPage(c: Ctx, form: FormState, status = 200, formError?: string) {
  const t = c.get("t");
  const labels = { email: t("identity.signIn.email"), password: t("identity.signIn.password") };
  // The OpenID Connect button appears only when OIDC_* is configured.
  const oidc = c.get("deps").config.oidc;
  return render(
    c,
    { title: t("identity.signIn.title") },
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t("identity.signIn.title")}</h1>
        <p class="lead">{t("identity.signIn.lead")}</p>
        {formError ? (
          <div class="alert alert-danger" role="alert" id="error-summary">
            {formError}
          </div>
        ) : (
          <ErrorSummary form={form} title={t("form.errorSummary")} labels={labels} />
        )}
        <form method="post" action="/sign-in" novalidate>
          <Csrf token={c.get("csrfToken")()} />
          <input type="hidden" name="next" value={form.values.next ?? ""} />
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
          <SubmitButton label={t("identity.signIn.submit")} />
        </form>
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
      </div>
    </div>,
    status,
  );
}
