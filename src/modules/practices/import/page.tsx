// The coordinators' upload page for the bulk import, and the report shown on it after an import.
import type { Ctx } from "../../../platform/http/context.ts";
import { Checkbox, FileField, type FormState } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { describeFailure, type ImportReport } from "./service.ts";
import "./messages.ts";

const SHOWN = 1000;

export function importPage(
  c: Ctx,
  d: { network: { slug: string; name: string }; form: FormState; report?: ImportReport; draft?: boolean },
  status = 200,
) {
  const t = c.get("t");
  const title = t("import.titleIn", { network: d.network.name });
  const labels = { file: t("import.file") };
  const fileError = d.form.errors.file;
  const r = d.report;
  return formPage(
    c,
    {
      title,
      breadcrumbs: [
        { href: `/networks/${d.network.slug}`, label: d.network.name },
        { label: t("import.title") },
      ],
      width: "wide",
      intro: (
        <>
          {r ? (
            <section aria-labelledby="import-report" class="mb-5" tabindex={-1} id="report">
              <h2 id="import-report">{t("import.report")}</h2>
              <p role="status">
                {t(d.draft ? "import.summaryDraft" : "import.summary", {
                  imported: r.imported,
                  records: r.records,
                })}{" "}
                {t("import.detected", {
                  format: r.format.toUpperCase() + (r.delimiter ? ` (${r.delimiter})` : ""),
                  encoding: r.encoding,
                })}
              </p>
              {r.newOrganisations.length ? (
                <p>{t("import.newOrganisations", { names: r.newOrganisations.join(", ") })}</p>
              ) : null}
              {r.failures.length ? (
                <>
                  <p>{t("import.failedCount", { n: r.failures.length })}</p>
                  <ul>
                    {r.failures.slice(0, SHOWN).map((f) => (
                      <li>{describeFailure(t, f)}</li>
                    ))}
                  </ul>
                  {r.failures.length > SHOWN ? (
                    <p>{t("import.more", { n: r.failures.length - SHOWN })}</p>
                  ) : null}
                </>
              ) : null}
            </section>
          ) : null}
          <p>{t("import.lead")}</p>
          <p class="small">{t("import.keys")}</p>
        </>
      ),
      form: d.form,
      labels,
      action: `/networks/${d.network.slug}/practices/import`,
      enctype: "multipart/form-data",
      submit: t("import.submit"),
      children: (
        <>
          <FileField
            name="file"
            label={labels.file}
            accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv,application/json"
            required
            hint={t("import.fileHint")}
            error={fileError}
          />
          <Checkbox form={d.form} name="draft" label={t("import.draft")} />
        </>
      ),
    },
    status,
  );
}
