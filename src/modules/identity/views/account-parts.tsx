// Pieces shared by the account pages: the error block above a form, a page that only informs
// ("check your mail", "this link has expired"), and a one-field email form.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Csrf,
  ErrorSummary,
  type FormState,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";

/** A form-wide message (rate limit, wrong link) or the per-field summary linking to each field. */
export const FormErrors: FC<{
  form: FormState;
  formError?: string;
  title: string;
  labels: Record<string, string>;
}> = ({ form, formError, title, labels }) =>
  formError ? (
    <div class="alert alert-danger" role="alert" id="error-summary" tabindex={-1}>
      {formError}
    </div>
  ) : (
    <ErrorSummary form={form} title={title} labels={labels} />
  );

export type Notice = {
  title: string;
  paragraphs: string[];
  links?: { href: string; label: string }[];
  /** "danger" for a link that cannot be used, so assistive technology announces it. */
  kind?: "info" | "danger";
};

export function noticePage(c: Ctx, n: Notice, status = 200) {
  return render(
    c,
    { title: n.title },
    <div class="row">
      <div class="col-12 col-md-8 col-lg-7">
        <h1>{n.title}</h1>
        {n.kind === "danger" ? (
          <div class="alert alert-danger" role="alert">
            {n.paragraphs[0]}
          </div>
        ) : (
          <p class="lead">{n.paragraphs[0]}</p>
        )}
        {n.paragraphs.slice(1).map((p) => (
          <p>{p}</p>
        ))}
        {n.links?.length ? (
          <ul class="list-unstyled">
            {n.links.map((l) => (
              <li class="mb-2">
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>,
    status,
  );
}

export type EmailFormPage = {
  title: string;
  lead: string;
  action: string;
  submit: string;
  form: FormState;
  formError?: string;
  links?: { href: string; label: string }[];
};

/** One email field and a button: re-send verification, forgotten password, sign-in link. */
export function emailFormPage(c: Ctx, p: EmailFormPage, status = 200) {
  const t = c.get("t");
  const labels = { email: t("identity.signIn.email") };
  return render(
    c,
    { title: p.title },
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{p.title}</h1>
        <p class="lead">{p.lead}</p>
        <FormErrors form={p.form} formError={p.formError} title={t("form.errorSummary")} labels={labels} />
        <form method="post" action={p.action} novalidate>
          <Csrf token={c.get("csrfToken")()} />
          <TextField
            form={p.form}
            name="email"
            type="email"
            label={labels.email}
            required
            requiredLabel={t("form.requiredMark")}
            autocomplete="email"
          />
          <SubmitButton label={p.submit} />
        </form>
        {p.links?.length ? (
          <ul class="list-unstyled mt-4">
            {p.links.map((l) => (
              <li class="mb-2">
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>,
    status,
  );
}
