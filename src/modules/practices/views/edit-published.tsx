// The coordinators' edit page of a published practice: every text field, the reason for the edit and
// the version it was opened on (hidden). After a refused save (409) the same page shows, above the
// form, each text someone else saved meanwhile that differs from the person's own, which stays in the
// form unsaved — like the labs' meeting minutes: saving again is a choice made after reading both.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, TextArea, TextField } from "../../../platform/ui/components.tsx";
import { ConflictSummary, formPage } from "../../../platform/ui/form-page.tsx";
import type { Practice } from "../catalogue/service.ts";
import type { Texts } from "../catalogue/versions.diff.ts";
import { EDITABLE_FIELDS, type EditableField, MARKDOWN_FIELDS } from "../catalogue/versions.schema.ts";
import "../catalogue/versions.messages.ts";
import { VersionsCss } from "./history.tsx";

const MAX: Record<EditableField, number> = {
  title: 150,
  summary: 500,
  place: 200,
  startYear: 4,
  endYear: 4,
  problem: 20_000,
  solution: 20_000,
  resources: 20_000,
  results: 20_000,
  transferability: 20_000,
  lessons: 20_000,
  website: 500,
  contact: 500,
};
const REQUIRED = new Set<EditableField>(["title", "summary"]);

/** The labels of the form's fields, for the error summary and the conflict list. */
export function editLabels(c: Ctx): Record<string, string> {
  const t = c.get("t");
  return {
    ...Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, t(`practices.field.${f}`)])),
    reason: t("practices.versions.reason"),
    changes: t("practices.versions.fieldsLegend"),
  };
}

/** The raw form values of a practice's texts. */
export function editValues(p: Practice): Record<string, string> {
  return {
    ...Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, p[f] == null ? "" : String(p[f])])),
    baseVersion: String(p.version),
  };
}

const Field: FC<{ c: Ctx; form: FormState; name: EditableField }> = ({ c, form, name }) => {
  const t = c.get("t");
  const label = t(`practices.field.${name}`);
  const common = {
    form,
    name,
    label,
    maxlength: MAX[name],
    required: REQUIRED.has(name),
  };
  if (MARKDOWN_FIELDS.has(name))
    return <TextArea {...common} hint={t("practices.submit.markdownHint")} rows={6} />;
  if (name === "summary" || name === "contact") return <TextArea {...common} rows={4} />;
  if (name === "startYear" || name === "endYear")
    return <TextField {...common} hint={t("practices.field.yearHint")} />;
  return <TextField {...common} type={name === "website" ? "url" : "text"} />;
};

export function editPublishedPage(
  c: Ctx,
  p: {
    practice: Practice;
    form: FormState;
    /** After a refused save: the texts saved meanwhile, and whether the practice is still published. */
    conflict?: { texts: Texts; published: boolean };
  },
  status = 200,
) {
  const t = c.get("t");
  const pr = p.practice;
  const title = t("practices.versions.editTitle", { title: pr.title });
  const labels = editLabels(c);
  // The texts that differ between what is saved now and what the person typed (line breaks as saved).
  const typed = (f: EditableField) => (p.form.values[f] ?? "").replace(/\r\n?/g, "\n").trim();
  const differing = p.conflict
    ? EDITABLE_FIELDS.filter((f) => String(p.conflict!.texts[f] ?? "") !== typed(f))
    : [];
  return formPage(
    c,
    {
      title,
      breadcrumbs: [
        { href: "/practices", label: t("practices.pages.title") },
        { href: `/practices/${pr.slug}`, label: pr.title },
        { label: t("practices.versions.editCrumb") },
      ],
      lead: p.conflict ? undefined : t("practices.versions.editLead"),
      intro: <VersionsCss />,
      form: p.form,
      labels,
      summary: p.conflict ? (
        <>
          <ConflictSummary
            title={t("practices.versions.conflictTitle")}
            body={t(
              p.conflict.published ? "practices.versions.conflictBody" : "practices.versions.withdrawn",
            )}
          />
          <section aria-labelledby="conflict-heading" class="mb-5 version-conflict">
            <h2 id="conflict-heading" class="h4">
              {t("practices.versions.conflictList", { n: differing.length })}
            </h2>
            {differing.map((f) => (
              <div class="mb-4">
                <h3 class="h5">{labels[f]}</h3>
                <div class="row g-3">
                  <div class="col-12 col-md-6">
                    <p class="fw-semibold mb-1">{t("practices.versions.theirs")}</p>
                    <pre class="border p-2 text-wrap version-text">
                      {String(p.conflict!.texts[f] ?? "") || t("practices.versions.empty")}
                    </pre>
                  </div>
                  <div class="col-12 col-md-6">
                    <p class="fw-semibold mb-1">{t("practices.versions.yours")}</p>
                    <pre class="border p-2 text-wrap version-text">
                      {typed(f) || t("practices.versions.empty")}
                    </pre>
                  </div>
                </div>
              </div>
            ))}
          </section>
        </>
      ) : undefined,
      action: `/practices/${pr.slug}/edit`,
      submit: p.conflict ? t("practices.versions.saveAnyway") : t("practices.versions.save"),
      cancel: { href: `/practices/${pr.slug}`, label: t("practices.versions.back") },
      children: (
        <>
          <input type="hidden" name="baseVersion" value={p.form.values.baseVersion ?? "0"} />
          <fieldset id="changes" tabindex={-1}>
            <legend class="h4 mb-5">{labels.changes}</legend>
            {p.form.errors.changes ? (
              <div class="invalid-feedback d-block mb-3">{p.form.errors.changes}</div>
            ) : null}
            {EDITABLE_FIELDS.map((f) => (
              <Field c={c} form={p.form} name={f} />
            ))}
          </fieldset>
          <TextArea
            form={p.form}
            name="reason"
            label={labels.reason!}
            hint={t("practices.versions.reasonHint")}
            required
            maxlength={500}
            rows={2}
          />
        </>
      ),
      after: (
        <p class="mt-4">
          <a href={`/practices/${pr.slug}/history`}>{t("practices.versions.historyLink")}</a>
        </p>
      ),
    },
    status,
  );
}
