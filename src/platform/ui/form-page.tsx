// The frame every form page shares, so that each page names only what is its own (title, fields,
// buttons): the heading and lead, the error summary (or a form-wide message) linking to the fields,
// the form — posted, validated on the server (novalidate), its CSRF token first so that a streamed
// upload is checked before any file is read — then the actions row (the main button, any other,
// the way back). `FormBlock` is the same without the page, for a form inside a larger page.
import type { Child, FC } from "hono/jsx";
import type { Ctx } from "../http/context.ts";
import { Csrf, ErrorSummary, type FormState, SubmitButton } from "./components.tsx";
import { type PageProps, render } from "./layout.tsx";

type Link = { href: string; label: string };

export type FormBlockProps = {
  /** The values and errors; the errors make the summary above the form. */
  form: FormState;
  /** Each field's label, for the summary's links ("Title: required"). */
  labels?: Record<string, string>;
  /** A message about the whole form (a rate limit, a used link), shown instead of the summary. */
  formError?: string;
  /**
   * Shown instead of the summary when a page has its own (a conflict between two saves); null when
   * another form on the page already sums up the same errors.
   */
  summary?: Child;
  action: string;
  /** "post" (the default) carries the CSRF token; a "get" form never does (it would end up in URLs). */
  method?: "post" | "get";
  enctype?: "multipart/form-data";
  /** The main button's label (or label and kind); left out when `actions` brings its own buttons. */
  submit?: string | { label: string; kind: "primary" | "secondary" | "danger" };
  /** Other buttons after the main one (or all of them, in order, without `submit`). */
  actions?: Child;
  /** The way back without saving, beside the buttons. */
  cancel?: Link;
  /** The fields (and hidden inputs). */
  children?: Child;
};

/** A form-wide message in the summary's place, focusable like it. */
export const FormAlert: FC<{ text: string }> = ({ text }) => (
  <div class="alert alert-danger" role="alert" id="error-summary" tabindex={-1}>
    {text}
  </div>
);

/**
 * In the summary's place after a refused save (someone else saved meanwhile): what happened, and
 * what to do; the page shows the two texts below it.
 */
export const ConflictSummary: FC<{ title: string; body: string }> = ({ title, body }) => (
  <div class="alert alert-warning" role="alert" id="error-summary" tabindex={-1}>
    <p class="fw-semibold mb-1">{title}</p>
    <p class="mb-0">{body}</p>
  </div>
);

/** The error summary, the form with its token and fields, and its actions row. */
export const FormBlock: FC<FormBlockProps & { c: Ctx }> = (p) => {
  const t = p.c.get("t");
  const method = p.method ?? "post";
  const submit = typeof p.submit === "string" ? { label: p.submit, kind: "primary" as const } : p.submit;
  return (
    <>
      {p.summary !== undefined ? (
        p.summary
      ) : p.formError ? (
        <FormAlert text={p.formError} />
      ) : (
        <ErrorSummary form={p.form} title={t("form.errorSummary")} labels={p.labels ?? {}} />
      )}
      <form method={method} action={p.action} enctype={p.enctype} novalidate>
        {method === "post" ? <Csrf token={p.c.get("csrfToken")()} /> : null}
        {p.children}
        {submit || p.actions || p.cancel ? (
          <div class="d-flex flex-wrap align-items-center gap-3 mt-4">
            {submit ? <SubmitButton label={submit.label} kind={submit.kind} /> : null}
            {p.actions}
            {p.cancel ? (
              <a class="btn btn-outline-primary" href={p.cancel.href}>
                {p.cancel.label}
              </a>
            ) : null}
          </div>
        ) : null}
      </form>
    </>
  );
};

const COLUMNS = {
  narrow: "col-12 col-md-8 col-lg-6",
  normal: "col-12 col-lg-8",
  wide: "col-12 col-lg-9",
};

export type FormPageProps = FormBlockProps & {
  /** The page's heading (and its title in the browser, unless `pageTitle`). */
  title: string;
  lead?: Child;
  /** What the page says before the form, below the lead (tabs, a reason, a report). */
  intro?: Child;
  /** What comes after the form: a separate form that removes what is edited, other links. */
  after?: Child;
  /** The column: "narrow" for the signed-out flows, "wide" for a page with a report. */
  width?: keyof typeof COLUMNS;
};

/** The body of a form page; `formPage` renders it inside the layout. */
export const FormPage: FC<FormPageProps & { c: Ctx }> = ({ title, lead, intro, after, width, ...form }) => (
  <div class="row">
    <div class={COLUMNS[width ?? "normal"]}>
      <h1>{title}</h1>
      {lead ? <p class="lead">{lead}</p> : null}
      {intro}
      <FormBlock {...form} />
      {after}
    </div>
  </div>
);

/**
 * A whole form page, answering `status` (422 when it comes back with errors). `pageTitle` is the
 * browser's title when it says more than the heading ("New track · Conference").
 */
export function formPage(
  c: Ctx,
  p: FormPageProps & { pageTitle?: string; breadcrumbs?: PageProps["breadcrumbs"] },
  status = 200,
) {
  const { pageTitle, breadcrumbs, ...page } = p;
  return render(c, { title: pageTitle ?? p.title, breadcrumbs }, <FormPage c={c} {...page} />, status);
}

/**
 * A separate form below the main one that does one thing at once to what is edited (remove it,
 * cancel it): a heading, what it does, and its button, described by that text.
 */
export const SeparateAction: FC<{
  c: Ctx;
  id: string;
  heading: string;
  hint: string;
  action: string;
  label: string;
  kind?: "danger" | "primary";
}> = (p) => (
  <section aria-labelledby={p.id} class="mt-5">
    <h2 id={p.id} class="h4">
      {p.heading}
    </h2>
    <p id={`${p.id}-hint`}>{p.hint}</p>
    <form method="post" action={p.action}>
      <Csrf token={p.c.get("csrfToken")()} />
      <button type="submit" class={`btn btn-${p.kind ?? "danger"}`} aria-describedby={`${p.id}-hint`}>
        {p.label}
      </button>
    </form>
  </section>
);
