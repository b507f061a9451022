// The verification page (/credentials/verify): a form that takes a credential file or its JSON
// pasted, and the answer in words on the same page. No JavaScript: a plain multipart form.
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, ErrorSummary, FileField, type FormState, TextArea } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Verification } from "../verify.ts";
import { verdict } from "./pages.tsx";

export function verifyView(c: Ctx, d: { form: FormState; result?: Verification }, status = 200) {
  const t = c.get("t");
  const title = t("credentials.verify.title");
  const labels = { file: t("credentials.verify.file"), json: t("credentials.verify.json") };
  const v = d.result && verdict(c, d.result, d.result.issuer?.name ?? d.result.issuer?.id ?? "");
  return render(
    c,
    { title },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{title}</h1>
        <p class="lead">{t("credentials.verify.lead")}</p>
        {d.result && v ? (
          <section aria-labelledby="verify-result" class="mb-5">
            <h2 id="verify-result" class="h4">
              {t("credentials.verify.result")}
            </h2>
            <div class={`alert alert-${v.kind}`} role="status">
              <p class="mb-0">{v.text}</p>
            </div>
            {d.result.issuer ? (
              <p>
                {t("credentials.verify.issuer")}:{" "}
                <span class="text-break">{d.result.issuer.name ?? d.result.issuer.id}</span>
              </p>
            ) : null}
          </section>
        ) : null}
        <ErrorSummary form={d.form} title={t("form.errorSummary")} labels={labels} />
        <form method="post" action="/credentials/verify" enctype="multipart/form-data" novalidate>
          <Csrf token={c.get("csrfToken")()} />
          <FileField
            name="file"
            label={labels.file}
            accept=".json,application/json,application/vc+ld+json,application/ld+json"
            hint={t("credentials.verify.fileHint")}
            error={d.form.errors.file}
          />
          <TextArea
            form={d.form}
            name="json"
            label={labels.json}
            hint={t("credentials.verify.jsonHint")}
            rows={6}
          />
          <button type="submit" class="btn btn-primary">
            {t("credentials.verify.submit")}
          </button>
        </form>
      </div>
    </div>,
    status,
  );
}
