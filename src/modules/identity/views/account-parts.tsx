// Pieces shared by the account pages: the error block above a form, the narrow page of the
// sign-in/up flows, the posted form with its CSRF token, the fields every account form asks for, a
// page that only informs ("check your mail", "this link has expired"), a one-field email form, and
// the one-button page that uses a mailed link.
import type { Child, FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import {
  Csrf,
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { PASSWORD_MIN } from "../signup.schema.ts";

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

/** A state-changing form: posted, validated on the server (novalidate), signed with the CSRF token. */
export const PostForm: FC<{ c: Ctx; action: string; multipart?: boolean; children: Child }> = (p) => (
  <form method="post" action={p.action} enctype={p.multipart ? "multipart/form-data" : undefined} novalidate>
    <Csrf token={p.c.get("csrfToken")()} />
    {p.children}
  </form>
);

/** The single column of the signed-out flows (sign in, sign up, links): title, lead, then the body. */
export function narrowPage(c: Ctx, head: { title: string; lead: string }, body: Child, status = 200) {
  return render(
    c,
    { title: head.title },
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{head.title}</h1>
        <p class="lead">{head.lead}</p>
        {body}
      </div>
    </div>,
    status,
  );
}

type FieldOf = { c: Ctx; form: FormState; label: string };

/** A required email field that the browser may fill in. */
export const EmailField: FC<FieldOf & { name?: string }> = ({ c, form, label, name }) => (
  <TextField
    form={form}
    name={name ?? "email"}
    type="email"
    label={label}
    required
    requiredLabel={c.get("t")("form.requiredMark")}
    autocomplete="email"
  />
);

/** A required password field; a new password carries the length hint and asks the browser for one. */
export const PasswordField: FC<FieldOf & { name: string; isNew?: boolean }> = ({
  c,
  form,
  label,
  name,
  isNew,
}) => (
  <TextField
    form={form}
    name={name}
    type="password"
    label={label}
    required
    requiredLabel={c.get("t")("form.requiredMark")}
    autocomplete={isNew ? "new-password" : "current-password"}
    hint={isNew ? c.get("t")("identity.password.hint", { min: PASSWORD_MIN }) : undefined}
  />
);

/** The person's full name, as on sign-up and the profile. */
export const NameField: FC<FieldOf> = ({ c, form, label }) => (
  <TextField
    form={form}
    name="name"
    label={label}
    required
    requiredLabel={c.get("t")("form.requiredMark")}
    autocomplete="name"
    maxlength={120}
  />
);

/** The interface language of the account (and of the mails it receives). */
export const LanguageField: FC<FieldOf> = ({ c, form, label }) => {
  const t = c.get("t");
  return (
    <SelectField
      form={form}
      name="language"
      label={label}
      options={[
        { value: "it", label: t("layout.languageName.it") },
        { value: "en", label: t("layout.languageName.en") },
      ]}
    />
  );
};

type Link = { href: string; label: string };

const LinkList: FC<{ links?: Link[]; class: string }> = ({ links, class: cls }) =>
  links?.length ? (
    <ul class={cls}>
      {links.map((l) => (
        <li class="mb-2">
          <a href={l.href}>{l.label}</a>
        </li>
      ))}
    </ul>
  ) : null;

export type Notice = {
  title: string;
  paragraphs: string[];
  links?: Link[];
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
        <LinkList links={n.links} class="list-unstyled" />
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
  links?: Link[];
};

/** One email field and a button: re-send verification, forgotten password, sign-in link. */
export function emailFormPage(c: Ctx, p: EmailFormPage, status = 200) {
  const t = c.get("t");
  const labels = { email: t("identity.signIn.email") };
  return narrowPage(
    c,
    p,
    <>
      <FormErrors form={p.form} formError={p.formError} title={t("form.errorSummary")} labels={labels} />
      <PostForm c={c} action={p.action}>
        <EmailField c={c} form={p.form} label={labels.email} />
        <SubmitButton label={p.submit} />
      </PostForm>
      <LinkList links={p.links} class="list-unstyled mt-4" />
    </>,
    status,
  );
}

/**
 * The page a mailed link opens: one button that posts the token back. Opening the link changes
 * nothing, so a mail scanner that fetches it ahead of the person cannot use it up.
 */
export function confirmLinkPage(
  c: Ctx,
  p: { title: string; lead: string; action: string; submit: string; token: string },
) {
  return narrowPage(
    c,
    p,
    <PostForm c={c} action={p.action}>
      <input type="hidden" name="token" value={p.token} />
      <SubmitButton label={p.submit} />
    </PostForm>,
  );
}
