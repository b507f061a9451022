// The page of one report in moderation (the queue is in moderation-queue.tsx): its content rendered
// as the published page will show it (the same Markdown component) with the photos and documents
// that came with it (their descriptions shown, for the moderator to judge them too), who sent it, the
// decision form and the history.

import { ORGANISATION_TYPES } from "../../../platform/auth/index.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { type FormState, SelectField, TextArea } from "../../../platform/ui/components.tsx";
import { FormBlock } from "../../../platform/ui/form-page.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Practice } from "../catalogue/service.ts";
import type { PracticeMedia } from "../media/service.ts";
import { themeLabelKey } from "../themes.ts";
import { countryName } from "../views/shared.tsx";
import type { Decision, OrganisationOffer } from "../workflow/moderation.service.ts";
import "../catalogue/versions.messages.ts";
import { Markdown } from "../views/show-body.tsx";
import { FORMATS, sizeText } from "../views/show-data.ts";
import type { EventRow, SubmissionRow } from "../workflow/repo.ts";

export const date = (c: Ctx, d: Date | null | undefined) =>
  d ? formatDate(c.get("lang"), d, c.get("deps").config.timeZone) : "—";

const FIELDS = ["problem", "solution", "resources", "results", "transferability", "lessons"] as const;

/**
 * The organisation the report typed, to link when publishing: the most alike of identity's
 * organisations, registering the typed name for review, or none. Radios and a select: no script.
 */
function OrganisationChoice(c: Ctx, o: OrganisationOffer, form: FormState) {
  const t = c.get("t");
  const lang = c.get("lang");
  const chosen = form.values.organisation ?? o.preselect;
  const type = form.values.organisationType ?? o.guessedType;
  const error = form.errors.organisation;
  const radio = (value: string, id: string, label: unknown, hint?: string) => (
    <div class="form-check">
      <input
        type="radio"
        name="organisation"
        id={id}
        value={value}
        checked={chosen === value}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label for={id}>{label as never}</label>
      {hint ? (
        <small id={`${id}-hint`} class="form-text d-block ms-4">
          {hint}
        </small>
      ) : null}
    </div>
  );
  return (
    <fieldset
      class="mb-4"
      id="organisation"
      tabindex={-1}
      aria-describedby={`organisation-hint${error ? " organisation-error" : ""}`}
    >
      <legend class="h6">{t("practices.organisation.legend")}</legend>
      <p id="organisation-hint" class="small mb-2">
        {t("practices.organisation.typed", { name: o.typed })} {t("practices.organisation.hint")}
      </p>
      {error ? (
        <div id="organisation-error" class="invalid-feedback d-block mb-2">
          {error}
        </div>
      ) : null}
      {o.suggestions.map((m, i) =>
        radio(
          `org:${m.id}`,
          `organisation-${i}`,
          <>
            {t("practices.organisation.match", {
              name: m.name,
              type: t(`identity.orgTypes.${m.type}`),
              place: [m.city, countryName(lang, m.country)].filter(Boolean).join(", "),
            })}
            {m.score === 1 ? (
              <span class="badge bg-success ms-2">{t("practices.organisation.exact")}</span>
            ) : null}
          </>,
        ),
      )}
      {radio(
        "new",
        "organisation-new",
        t("practices.organisation.create", { name: o.typed }),
        t("practices.organisation.createHint"),
      )}
      <div class="select-wrapper ms-4 mt-4 mb-3">
        <label for="organisationType">{t("practices.organisation.type")}</label>
        <select id="organisationType" name="organisationType">
          {ORGANISATION_TYPES.map((ty) => (
            <option value={ty} selected={ty === type}>
              {t(`identity.orgTypes.${ty}`)}
            </option>
          ))}
        </select>
      </div>
      {radio("none", "organisation-none", t("practices.organisation.none"))}
    </fieldset>
  );
}

/** The report's photos (each with its description, which the published page gives as alt text) and documents. */
function MediaList(c: Ctx, media: PracticeMedia[]) {
  const t = c.get("t");
  return (
    <>
      <h3 class="h5">{t("practices.submit.files.title")}</h3>
      <ul class="list-unstyled">
        {media.map((m) =>
          m.kind === "image" ? (
            <li class="mb-3">
              <figure class="figure mb-0">
                <img src={m.path} alt={m.alt ?? ""} class="figure-img img-fluid rounded" loading="lazy" />
                <figcaption class="figure-caption">
                  {t("practices.moderation.imageAlt", { alt: m.alt ?? "—" })}
                </figcaption>
              </figure>
            </li>
          ) : (
            <li class="mb-2">
              {t("practices.submit.files.attachment")}:{" "}
              <a href={m.path} download={m.filename}>
                {m.title ?? m.filename}
              </a>{" "}
              <span class="small">
                ({FORMATS[m.contentType] ?? m.contentType}, {sizeText(c.get("lang"), m.byteSize)})
              </span>
            </li>
          ),
        )}
      </ul>
    </>
  );
}

export function reviewPage(
  c: Ctx,
  p: {
    practice: Practice;
    submission: SubmissionRow | null;
    events: EventRow[];
    decisions: Decision[];
    form: FormState;
    notice?: string;
    organisation: OrganisationOffer | null;
    media: PracticeMedia[];
  },
  status = 200,
) {
  const t = c.get("t");
  const { practice: pr, submission: s } = p;
  return render(
    c,
    {
      title: pr.title,
      breadcrumbs: [
        { href: "/practices/moderation", label: t("practices.moderation.title") },
        { label: pr.title },
      ],
    },
    <div class="row">
      <div class="col-12 col-lg-8">
        <h1>{pr.title}</h1>
        <p>
          <span class="badge bg-secondary">{t(`practices.status.${pr.status}`)}</span>
        </p>
        {p.notice ? (
          <div class="alert alert-warning" role="alert">
            {p.notice}
          </div>
        ) : null}
        <p class="lead">{pr.summary}</p>
        <dl>
          <dt>{t("practices.field.place")}</dt>
          <dd>{[pr.place, countryName(c.get("lang"), pr.country)].filter(Boolean).join(", ")}</dd>
          <dt>{t("practices.moderation.period")}</dt>
          <dd>{[pr.startYear, pr.endYear].filter(Boolean).join(" – ") || "—"}</dd>
          <dt>{t("practices.field.themes")}</dt>
          <dd>{pr.themes.map((th) => t(themeLabelKey(th))).join(", ") || "—"}</dd>
          <dt>{t("practices.field.website")}</dt>
          <dd>{pr.website ?? "—"}</dd>
          <dt>{t("practices.field.contact")}</dt>
          <dd>{pr.contact ?? "—"}</dd>
        </dl>
        <h2 class="h4">{t("practices.moderation.content")}</h2>
        {FIELDS.map((f) =>
          pr[f] ? (
            <>
              <h3 class="h5">{t(`practices.field.${f}`)}</h3>
              <Markdown source={pr[f]} />
            </>
          ) : null,
        )}
        {p.media.length ? MediaList(c, p.media) : null}
      </div>
      <div class="col-12 col-lg-4">
        <h2 class="h4">{t("practices.moderation.submitter")}</h2>
        {s ? (
          <dl>
            <dt>{t("practices.moderation.name")}</dt>
            <dd>{s.submitter_name || "—"}</dd>
            <dt>{t("practices.moderation.email")}</dt>
            <dd>{s.submitter_email || "—"}</dd>
            <dt>{t("practices.moderation.organisation")}</dt>
            <dd>{s.organisation_name ?? "—"}</dd>
            <dt>{t("practices.field.consents")}</dt>
            <dd>
              {s.consent_publication_at && s.consent_contact_at
                ? t("practices.moderation.consents", { date: date(c, s.consent_publication_at) })
                : "—"}
            </dd>
          </dl>
        ) : (
          <p>{t("practices.moderation.noConsents")}</p>
        )}
        {/* The section's heading; the select says what it asks ("Your decision"), not the same word
            again. Its floating label needs the room above that app.css gives a form's first field. */}
        <h2 class="h4">{t("practices.moderation.decision")}</h2>
        {p.decisions.length ? (
          <FormBlock
            c={c}
            form={p.form}
            labels={{
              decision: t("practices.moderation.decisionField"),
              reason: t("practices.moderation.reason"),
              organisation: t("practices.organisation.legend"),
            }}
            action={`/practices/moderation/${pr.id}`}
            submit={t("practices.moderation.decide")}
          >
            <SelectField
              form={p.form}
              name="decision"
              label={t("practices.moderation.decisionField")}
              required
              options={p.decisions.map((d) => ({
                value: d,
                label: t(`practices.moderation.decision.${d}`),
              }))}
            />
            <TextArea
              form={p.form}
              name="reason"
              label={t("practices.moderation.reason")}
              hint={t("practices.moderation.reasonHint")}
              maxlength={2000}
              rows={4}
            />
            {p.organisation && p.decisions.includes("publish")
              ? OrganisationChoice(c, p.organisation, p.form)
              : null}
          </FormBlock>
        ) : (
          <p>{t("practices.moderation.noDecision")}</p>
        )}
        <h2 class="h4 mt-4">{t("practices.moderation.history")}</h2>
        <ol>
          {p.events.map((e) => (
            <li>
              {t(`practices.moderation.event.${e.action}`)} — {date(c, e.at)}
              {e.reason ? (
                <>
                  : <q>{e.reason}</q>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>,
    status,
  );
}
