// A lab: objectives, sub-themes, and its programme (meetings in order, each with its agenda).
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, type Lang } from "../../../platform/i18n/index.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { Slot } from "../../../platform/ui/slots.tsx";
import type { Lab } from "../labs.types.ts";
import type { ProgrammeRow } from "../meetings/programme.service.ts";
import { LabCover, LabSections } from "./materials-lab-sections.tsx";
import { Programme } from "./programme.tsx";

const day = (lang: Lang, d: string) => formatDate(lang, new Date(`${d}T12:00:00Z`), "UTC");

export function labPage(
  c: Ctx,
  p: { lab: Lab; network: { slug: string; name: string }; rows: ProgrammeRow[]; canManage: boolean },
  status = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { lab } = p;
  return render(
    c,
    {
      title: lab.title,
      // Whose lab it is first: the network, then its labs.
      breadcrumbs: [
        { href: `/networks/${p.network.slug}`, label: p.network.name },
        { href: "/labs", label: t("labs.title") },
        { label: lab.title },
      ],
    },
    <>
      <PageTitle title={lab.title} lead={lab.theme || undefined} />
      <LabCover c={c} lab={lab} />
      <dl class="row">
        <dt class="col-sm-3">{t("labs.network")}</dt>
        <dd class="col-sm-9">
          <a href={`/networks/${p.network.slug}`}>{p.network.name}</a>
        </dd>
        {lab.periodStart || lab.periodEnd ? (
          <>
            <dt class="col-sm-3">{t("labs.period")}</dt>
            <dd class="col-sm-9">
              {[lab.periodStart, lab.periodEnd].map((d) => (d ? day(lang, d) : "…")).join(" – ")}
            </dd>
          </>
        ) : null}
        {lab.venue ? (
          <>
            <dt class="col-sm-3">{t("labs.venue")}</dt>
            <dd class="col-sm-9">{lab.venue}</dd>
          </>
        ) : null}
        <dt class="col-sm-3">{t("labs.visibility")}</dt>
        <dd class="col-sm-9">{t(`labs.visibility.${lab.visibility}`)}</dd>
      </dl>
      {lab.description ? <p class="text-pre-line">{lab.description}</p> : null}
      {lab.objectives.length ? (
        <section aria-labelledby="objectives">
          <h2 id="objectives" class="h4">
            {t("labs.objectives")}
          </h2>
          <ul>
            {lab.objectives.map((o) => (
              <li>{o}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {lab.subThemes.length ? (
        <section aria-labelledby="sub-themes">
          <h2 id="sub-themes" class="h4">
            {t("labs.subThemes")}
          </h2>
          <ul>
            {lab.subThemes.map((o) => (
              <li>{o}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="programme">
        <h2 id="programme" class="h4">
          {t("labs.programme")}
        </h2>
        <p>
          <a href={`/labs/${lab.slug}/calendar.ics`}>{t("labs.calendarFeed")}</a>
          {p.canManage ? (
            <>
              {" · "}
              <a href={`/labs/${lab.slug}/meetings/new`}>{t("labs.meetings.new")}</a>
            </>
          ) : null}
        </p>
        {p.rows.length === 0 ? (
          // Meetings may exist that this viewer may not see (network or PA only): say so honestly.
          <p>
            {t("labs.noMeetings")}
            {c.get("actor") ? null : (
              <>
                {" "}
                <a href={`/sign-in?next=${encodeURIComponent(`/labs/${lab.slug}`)}`}>
                  {t("labs.noMeetingsSignIn")}
                </a>
              </>
            )}
          </p>
        ) : (
          <>
            {c.get("actor") ? null : (
              <p>
                <a href={`/sign-in?next=${encodeURIComponent(`/labs/${lab.slug}`)}`}>
                  {t("labs.reg.signIn")}
                </a>
              </p>
            )}
            <Programme c={c} lab={lab} rows={p.rows} />
          </>
        )}
      </section>
      <LabSections c={c} lab={lab} />
      <Slot c={c} name="labs.lab.after-sections" subject={{ labId: lab.id }} />
    </>,
    status,
  );
}
