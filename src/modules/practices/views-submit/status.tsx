// The thank-you page (the reference, what was sent, what happens next, where to go), and the status
// page a report's reference opens: with the signed link of the mails and the thank-you page, or with
// the reference and the submitter's address typed in the form below it.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { type FormState, TextField } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { countryName } from "../../identity/index.ts";
import type { PracticeMedia } from "../media/service.ts";
import { themeLabelKey } from "../themes.ts";
import type { ReportStatus } from "../workflow/submissions.status.ts";
import { Paragraphs } from "./text.tsx";

const Reference: FC<{ c: Ctx; reference: string }> = ({ c, reference }) => (
  <p class="h4 mb-1">
    {c.get("t")("practices.submit.sent.reference")}: <strong class="text-nowrap">{reference}</strong>
  </p>
);

/** The thank-you page; without a report (an old link, a signed-in edit) the plain thanks. */
export function sentPage(c: Ctx, r: (ReportStatus & { statusHref: string; media: PracticeMedia[] }) | null) {
  const t = c.get("t");
  const lang = c.get("lang");
  const p = r?.practice;
  return render(
    c,
    { title: t("practices.submit.sent.title") },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("practices.submit.sent.title")}</h1>
        {r && p ? (
          <>
            <div class="border border-success rounded p-3 mb-4">
              <Reference c={c} reference={r.reference} />
              <p class="mb-0">{t("practices.submit.sent.referenceNote")}</p>
            </div>
            <h2 class="h4">{t("practices.submit.sent.summary")}</h2>
            <dl class="row">
              <dt class="col-sm-4">{t("practices.field.title")}</dt>
              <dd class="col-sm-8">{p.title}</dd>
              <dt class="col-sm-4">{t("practices.field.summary")}</dt>
              <dd class="col-sm-8">{p.summary}</dd>
              <dt class="col-sm-4">{t("practices.field.place")}</dt>
              <dd class="col-sm-8">{[p.place, countryName(lang, p.country)].filter(Boolean).join(", ")}</dd>
              <dt class="col-sm-4">{t("practices.field.themes")}</dt>
              <dd class="col-sm-8">{p.themes.map((th) => t(themeLabelKey(th))).join(", ") || "—"}</dd>
              <dt class="col-sm-4">{t("practices.submit.check.files")}</dt>
              <dd class="col-sm-8">{r.media.map((m) => m.filename).join(", ") || "—"}</dd>
            </dl>
            <h2 class="h4">{t("practices.submit.sent.next")}</h2>
            <p>{t("practices.submit.sent.nextBody")}</p>
          </>
        ) : (
          <p>{t("practices.submit.sent.body")}</p>
        )}
        <ul class="list-unstyled">
          {r ? (
            <li class="mb-2">
              <a href={r.statusHref}>{t("practices.submit.sent.status")}</a>
            </li>
          ) : null}
          <li class="mb-2">
            <a href="/practices">{t("practices.submit.sent.catalogue")}</a>
          </li>
          <li class="mb-2">
            <a href="/practices/new">{t("practices.submit.sent.again")}</a>
          </li>
        </ul>
      </div>
    </div>,
  );
}

const STEPS = ["submitted", "in-review", "published"] as const;

/** Where a report stands. `editHref` only when opened with the signed link (see workflow/submissions.status.ts). */
export function statusPage(c: Ctx, r: ReportStatus, editHref: string | null) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { practice: p, submission: s } = r;
  const state = p.status;
  return render(
    c,
    { title: `${t("practices.track.title")} ${r.reference}` },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{t("practices.track.title")}</h1>
        <Reference c={c} reference={r.reference} />
        <p class="lead">{p.title}</p>
        {s.submitted_at ? (
          <p>
            {t("practices.track.sentOn", {
              date: formatDate(lang, s.submitted_at, c.get("deps").config.timeZone),
            })}
          </p>
        ) : null}
        <h2 class="h4">{t("practices.track.current")}</h2>
        <p>
          <span
            class={`badge ${state === "rejected" ? "bg-danger" : state === "published" ? "bg-success" : "bg-primary"}`}
          >
            {t(`practices.status.${state}`)}
          </span>
        </p>
        <p>{t(`practices.track.explain.${state}`)}</p>
        {STEPS.includes(state as (typeof STEPS)[number]) ? (
          <ol class="mb-4">
            {STEPS.map((st, i) => {
              const at = STEPS.indexOf(state as (typeof STEPS)[number]);
              return (
                <li aria-current={i === at ? "step" : undefined} class={i === at ? "fw-semibold" : undefined}>
                  {t(`practices.status.${st}`)}
                  {i < at ? <span class="visually-hidden"> ({t("practices.submit.completed")})</span> : null}
                </li>
              );
            })}
          </ol>
        ) : null}
        {(state === "changes-requested" || state === "rejected") && s.reason ? (
          <div class="callout">
            <div class="callout-title">{t("practices.track.reason")}</div>
            <Paragraphs text={s.reason} />
          </div>
        ) : null}
        {state === "changes-requested" ? (
          editHref ? (
            <p>
              <a class="btn btn-primary" href={editHref}>
                {t("practices.track.edit")}
              </a>
            </p>
          ) : (
            <p>{t("practices.track.editByMail")}</p>
          )
        ) : null}
        {state === "published" ? (
          <p>
            <a href={`/practices/${p.slug}`}>{t("practices.track.published")}</a>
          </p>
        ) : null}
        <p>
          <a href="/practices">{t("practices.submit.sent.catalogue")}</a>
        </p>
      </div>
    </div>,
  );
}

/** The look-up form: reference and address. */
export function lookupPage(c: Ctx, form: FormState, status = 200) {
  const t = c.get("t");
  const labels = { reference: t("practices.track.reference"), email: t("practices.track.email") };
  return formPage(
    c,
    {
      title: t("practices.track.title"),
      lead: t("practices.track.lead"),
      width: "narrow",
      form,
      labels,
      action: "/practices/status",
      submit: t("practices.track.find"),
      children: (
        <>
          <TextField
            form={form}
            name="reference"
            label={labels.reference}
            hint={t("practices.track.referenceHint")}
            required
            maxlength={20}
            autocomplete="off"
          />
          <TextField
            form={form}
            name="email"
            type="email"
            label={labels.email}
            required
            maxlength={254}
            autocomplete="email"
          />
        </>
      ),
    },
    status,
  );
}
