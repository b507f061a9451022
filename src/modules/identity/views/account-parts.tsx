// Pieces shared by the account pages: the fields every account form asks for, a page that only
// informs ("check your mail", "this link has expired"), a one-field email form, and the one-button
// page that uses a mailed link (the forms on the platform's form page, narrow as the signed-out
// flows are).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { emptyForm, type FormState, SelectField, TextField } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { PASSWORD_MIN } from "../signup.schema.ts";

type FieldOf = { c: Ctx; form: FormState; label: string };

/** A required email field that the browser may fill in. */
export const EmailField: FC<FieldOf & { name?: string }> = ({ c, form, label, name }) => (
  <TextField form={form} name={name ?? "email"} type="email" label={label} required autocomplete="email" />
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
    autocomplete={isNew ? "new-password" : "current-password"}
    hint={isNew ? c.get("t")("identity.password.hint", { min: PASSWORD_MIN }) : undefined}
  />
);

/** The person's full name, as on sign-up and the profile. */
export const NameField: FC<FieldOf> = ({ c, form, label }) => (
  <TextField form={form} name="name" label={label} required autocomplete="name" maxlength={120} />
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
  const labels = { email: c.get("t")("identity.signIn.email") };
  const { links, ...page } = p;
  return formPage(
    c,
    {
      ...page,
      width: "narrow",
      labels,
      children: <EmailField c={c} form={p.form} label={labels.email} />,
      after: <LinkList links={links} class="list-unstyled mt-4" />,
    },
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
  const { token, ...page } = p;
  return formPage(c, {
    ...page,
    width: "narrow",
    form: emptyForm(),
    children: <input type="hidden" name="token" value={token} />,
  });
}
