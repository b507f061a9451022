// Small building blocks for pages and forms in Bootstrap Italia markup. Labels always sit above the
// field (class "active") so forms read the same with and without JavaScript.
import { type Child, createContext, type FC, useContext } from "hono/jsx";

export type FormState = { values: Record<string, string>; errors: Record<string, string> };
export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

export const FlashMessage: FC<{ kind: "success" | "info" | "danger"; text: string }> = ({ kind, text }) => (
  <div class={`alert alert-${kind}`} role={kind === "danger" ? "alert" : "status"}>
    {text}
  </div>
);

export const Csrf: FC<{ token: string }> = ({ token }) => <input type="hidden" name="_csrf" value={token} />;

/** Lists the errors at the top of a form, each linking to its field (WCAG 3.3.1). */
export const ErrorSummary: FC<{ form: FormState; title: string; labels: Record<string, string> }> = ({
  form,
  title,
  labels,
}) => {
  const entries = Object.entries(form.errors);
  if (!entries.length) return null;
  return (
    <div class="alert alert-danger" role="alert" id="error-summary" tabindex={-1}>
      <p class="fw-semibold mb-1">{title}</p>
      <ul class="mb-0">
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${field}`}>
              {labels[field] ? `${labels[field]}: ` : ""}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
};

type FieldProps = {
  form: FormState;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url" | "number" | "search" | "date";
  required?: boolean;
  requiredLabel?: string;
  hint?: string;
  autocomplete?: string;
  maxlength?: number;
};

function describedBy(name: string, hint?: string, error?: string) {
  const ids = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

/** The ARIA attributes of a control: invalid while it has an error, described by its hint and error. */
export const fieldAria = (name: string, hint?: string, error?: string) => ({
  "aria-invalid": error ? "true" : undefined,
  "aria-describedby": describedBy(name, hint, error),
});

/**
 * The words a screen reader says after a required field's label ("obbligatorio", "required"), set
 * once per page by `render()` (layout.tsx) in the page's language, so no form has to pass them.
 */
export const RequiredMark = createContext<string | undefined>(undefined);

/** The label, hint and error around one control; the control itself comes as the child. */
export const FieldFrame: FC<{
  name: string;
  label: string;
  /** The wrapper's class: "form-group" for inputs, "select-wrapper mb-4" for selects. */
  wrapper: string;
  labelClass?: string;
  required?: boolean;
  requiredLabel?: string;
  hint?: string;
  error?: string;
  children: Child;
}> = (p) => {
  const mark = p.requiredLabel ?? useContext(RequiredMark);
  return (
    <div class={p.wrapper}>
      <label for={p.name} class={p.labelClass}>
        {p.label}
        {p.required && mark ? <span class="visually-hidden"> ({mark})</span> : null}
        {p.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {p.children}
      {p.hint ? (
        <small id={`${p.name}-hint`} class="form-text">
          {p.hint}
        </small>
      ) : null}
      {p.error ? (
        <div id={`${p.name}-error`} class="invalid-feedback d-block">
          {p.error}
        </div>
      ) : null}
    </div>
  );
};

/** Image types the file store takes for photos, logos and covers (it checks the content anyway). */
export const IMAGE_TYPES = "image/png,image/jpeg,image/webp,image/gif";

/** A file input with its label, hint and error. `accept` only guides the picker: the server checks content. */
export const FileField: FC<{
  name: string;
  label: string;
  accept: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
}> = (p) => (
  <FieldFrame
    name={p.name}
    label={p.label}
    wrapper="mb-4"
    labelClass="form-label d-block"
    required={p.required}
    requiredLabel={p.requiredLabel}
    hint={p.hint}
    error={p.error}
  >
    <input
      type="file"
      id={p.name}
      name={p.name}
      class={`form-control${p.error ? " is-invalid" : ""}`}
      accept={p.accept}
      required={p.required}
      {...fieldAria(p.name, p.hint, p.error)}
    />
  </FieldFrame>
);

export const TextField: FC<FieldProps> = (p) => {
  const error = p.form.errors[p.name];
  const keepValue = p.type !== "password";
  return (
    <FieldFrame {...p} wrapper="form-group" labelClass="active" error={error}>
      <input
        type={p.type ?? "text"}
        class={`form-control${error ? " is-invalid" : ""}`}
        id={p.name}
        name={p.name}
        value={keepValue ? (p.form.values[p.name] ?? "") : ""}
        required={p.required}
        autocomplete={p.autocomplete}
        maxlength={p.maxlength}
        {...fieldAria(p.name, p.hint, error)}
      />
    </FieldFrame>
  );
};

export const TextArea: FC<Omit<FieldProps, "type" | "autocomplete"> & { rows?: number }> = (p) => {
  const error = p.form.errors[p.name];
  return (
    <FieldFrame {...p} wrapper="form-group" labelClass="active" error={error}>
      <textarea
        class={`form-control${error ? " is-invalid" : ""}`}
        id={p.name}
        name={p.name}
        rows={p.rows ?? 4}
        required={p.required}
        maxlength={p.maxlength}
        {...fieldAria(p.name, p.hint, error)}
      >
        {p.form.values[p.name] ?? ""}
      </textarea>
    </FieldFrame>
  );
};

export const SelectField: FC<{
  form: FormState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
}> = (p) => {
  const error = p.form.errors[p.name];
  const current = p.form.values[p.name] ?? "";
  return (
    <FieldFrame {...p} wrapper="select-wrapper mb-4" error={error}>
      <select
        id={p.name}
        name={p.name}
        required={p.required}
        class={error ? "is-invalid" : undefined}
        {...fieldAria(p.name, p.hint, error)}
      >
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
};

export const Checkbox: FC<{ form: FormState; name: string; label: string; value?: string }> = (p) => {
  const error = p.form.errors[p.name];
  const value = p.value ?? "on";
  return (
    <div class="form-check">
      <input
        id={p.name}
        name={p.name}
        type="checkbox"
        value={value}
        checked={p.form.values[p.name] === value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${p.name}-error` : undefined}
      />
      <label for={p.name}>{p.label}</label>
      {error ? (
        <div id={`${p.name}-error`} class="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </div>
  );
};

/**
 * Several checkboxes under one name (posted as repeated values, kept as a comma-separated value), in
 * a fieldset whose legend names them and carries the id the error summary links to.
 */
export const CheckboxGroup: FC<{
  form: FormState;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  inline?: boolean;
  /** Said instead of the boxes when there is nothing to choose. */
  empty?: string;
  /** What the choice does, below the legend (the fieldset is described by it). */
  hint?: string;
}> = (p) => {
  const error = p.form.errors[p.name];
  const chosen = new Set((p.form.values[p.name] ?? "").split(",").filter(Boolean));
  return (
    <fieldset class="mb-4" aria-describedby={describedBy(p.name, p.hint, error)}>
      <legend class="h6" id={p.name}>
        {p.legend}
      </legend>
      {p.hint ? (
        <p id={`${p.name}-hint`} class="form-text mt-0">
          {p.hint}
        </p>
      ) : null}
      {p.options.length ? (
        p.options.map((o) => (
          <div class={p.inline ? "form-check form-check-inline" : "form-check"}>
            <input
              id={`${p.name}-${o.value}`}
              name={p.name}
              type="checkbox"
              value={o.value}
              checked={chosen.has(o.value)}
            />
            <label for={`${p.name}-${o.value}`}>{o.label}</label>
          </div>
        ))
      ) : p.empty ? (
        <p>{p.empty}</p>
      ) : null}
      {error ? (
        <div id={`${p.name}-error`} class="invalid-feedback d-block">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
};

export const SubmitButton: FC<{ label: string; kind?: "primary" | "secondary" | "danger" }> = ({
  label,
  kind,
}) => (
  <button type="submit" class={`btn btn-${kind ?? "primary"}`}>
    {label}
  </button>
);

export const PageTitle: FC<{ title: string; lead?: string; children?: Child }> = ({
  title,
  lead,
  children,
}) => (
  <div class="mb-4">
    <h1>{title}</h1>
    {lead ? <p class="lead">{lead}</p> : null}
    {children}
  </div>
);

/**
 * The answer to an invitation at `here` (a network's, a lab's): accept or decline, each a form
 * posting to `here/accept` and `here/decline`; for someone signed out, sign in or sign up first and
 * come back here.
 */
export const AcceptOrDecline: FC<{
  here: string;
  signedIn: boolean;
  csrfToken: () => string;
  t: (key: string) => string;
  labels: { accept: string; decline: string; signInFirst: string };
  /** In a list of invitations: the id of the item's sentence, which describes both buttons. */
  describedBy?: string;
}> = ({ here, signedIn, csrfToken, t, labels, describedBy }) => {
  if (signedIn) {
    const size = describedBy ? " btn-sm" : "";
    return (
      <div class={`d-flex flex-wrap gap-2${describedBy ? " mt-1" : ""}`}>
        <form method="post" action={`${here}/accept`}>
          <Csrf token={csrfToken()} />
          <button type="submit" class={`btn btn-primary${size}`} aria-describedby={describedBy}>
            {labels.accept}
          </button>
        </form>
        <form method="post" action={`${here}/decline`}>
          <Csrf token={csrfToken()} />
          <button type="submit" class={`btn btn-outline-primary${size}`} aria-describedby={describedBy}>
            {labels.decline}
          </button>
        </form>
      </div>
    );
  }
  const next = encodeURIComponent(here);
  return (
    <>
      <p>{labels.signInFirst}</p>
      <p class="d-flex gap-2">
        <a class="btn btn-primary" href={`/sign-in?next=${next}`}>
          {t("layout.signIn")}
        </a>
        <a class="btn btn-outline-primary" href={`/sign-up?next=${next}`}>
          {t("layout.signUp")}
        </a>
      </p>
    </>
  );
};
