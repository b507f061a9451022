// The page the "changes requested" mail links to: the moderators' reason, then every field of the
// report on one page (no account needed; the signed token in the link is the permission).
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, ErrorSummary, type FormState } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { fieldLabels, type NetworkOption, StepFields } from "./fields.tsx";
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
  },
  status = 200,
) {
  const t = c.get("t");
  return render(
    c,
    { title: t("practices.edit.title") },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("practices.edit.title")}</h1>
        <p class="lead">{t("practices.edit.lead", { title: p.title })}</p>
        {p.reason ? (
          <div class="callout">
            <div class="callout-title">{t("practices.edit.reason")}</div>
            <Paragraphs text={p.reason} />
          </div>
        ) : null}
        <ErrorSummary form={p.form} title={t("form.errorSummary")} labels={fieldLabels(c)} />
        <form method="post" action={p.action} novalidate>
          <Csrf token={c.get("csrfToken")()} />
          {p.token !== undefined ? <input type="hidden" name="token" value={p.token} /> : null}
          <h2 class="h4">{t("practices.submit.step.project")}</h2>
          <StepFields c={c} step="project" form={p.form} networks={p.networks} />
          <h2 class="h4">{t("practices.submit.step.approach")}</h2>
          <StepFields c={c} step="approach" form={p.form} networks={p.networks} />
          <h2 class="h4">{t("practices.submit.step.results")}</h2>
          <StepFields c={c} step="results" form={p.form} networks={p.networks} />
          <button type="submit" class="btn btn-primary mt-3">
            {t("practices.edit.send")}
          </button>
        </form>
      </div>
    </div>,
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
