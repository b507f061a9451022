// The page the "changes requested" mail links to: the moderators' reason, then every field of the
// report on one page (no account needed; the signed token in the link is the permission).
import type { Ctx } from "../../../platform/http/context.ts";
import { type FormState, TextField } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { fieldLabels, type NetworkOption, StepFields } from "./fields.tsx";
import { type FileItem, UploadFields } from "./files.tsx";
import { Paragraphs } from "./text.tsx";

export function editPage(
  c: Ctx,
  p: {
    /** Where the form posts: the mailed link's page (with its token) or the signed-in submitter's. */
    action: string;
    token?: string;
    title: string;
    reason: string | null;
    form: FormState;
    networks: NetworkOption[];
    /** The practice's images and attachments so far (the submitter adds, moderators remove). */
    files: FileItem[];
  },
  status = 200,
) {
  const t = c.get("t");
  return formPage(
    c,
    {
      title: t("practices.edit.title"),
      lead: t("practices.edit.lead", { title: p.title }),
      intro: p.reason ? (
        <div class="callout">
          <div class="callout-title">{t("practices.edit.reason")}</div>
          <Paragraphs text={p.reason} />
        </div>
      ) : undefined,
      form: p.form,
      labels: fieldLabels(c),
      action: p.action,
      enctype: "multipart/form-data",
      actions: (
        <button type="submit" name="nav" value="send" class="btn btn-primary">
          {t("practices.edit.send")}
        </button>
      ),
      children: (
        <>
          {/* Enter in a field sends, as the main button does (the upload button comes first). */}
          <button type="submit" name="nav" value="enter" class="visually-hidden" tabindex={-1}>
            {t("practices.edit.send")}
          </button>
          {p.token !== undefined ? <input type="hidden" name="token" value={p.token} /> : null}
          <h2 class="h4">{t("practices.submit.step.project")}</h2>
          <StepFields c={c} step="project" form={p.form} networks={p.networks} />
          <h2 class="h4">{t("practices.submit.step.approach")}</h2>
          <StepFields c={c} step="approach" form={p.form} networks={p.networks} />
          <h2 class="h4">{t("practices.submit.step.results")}</h2>
          <StepFields c={c} step="results" form={p.form} networks={p.networks} />
          {/* The contact given with consent travels with the changes: without this field, sending them
              again erased it. */}
          <TextField
            form={p.form}
            name="contact"
            label={t("practices.field.contact")}
            hint={t("practices.field.contactHint")}
            maxlength={500}
          />
          <UploadFields c={c} form={p.form} files={p.files} removable={false} />
        </>
      ),
    },
    status,
  );
}

/** A mailed link that cannot be used: why, in plain words (400). */
export function badLinkPage(c: Ctx, problem: "invalid" | "expired") {
  const t = c.get("t");
  return render(
    c,
    { title: t("practices.edit.title") },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("practices.edit.title")}</h1>
        <p>{t(problem === "expired" ? "practices.edit.expired" : "practices.edit.invalid")}</p>
      </div>
    </div>,
    400,
  );
}
