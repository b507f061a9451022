// The side column's facts about a practice: organisations, place, period, network, language, licence,
// website, publication date, and the contact (signed-in people only; others get a sign-in link when
// there is one).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import { countryName, yearsText } from "./shared.tsx";
import { licenceOf, type ShowPageData } from "./show-data.ts";

const Detail: FC<{ term: string; children: unknown }> = ({ term, children }) => (
  <>
    <dt>{term}</dt>
    <dd>{children as never}</dd>
  </>
);

export const PracticeDetails: FC<{ c: Ctx; d: ShowPageData }> = ({ c, d }) => {
  const t = c.get("t");
  const lang = c.get("lang");
  const actor = c.get("actor");
  const p = d.practice;
  const licence = licenceOf(p.licence);
  const years = yearsText(t, p.startYear, p.endYear);
  return (
    <div class="card card-bg p-3 mb-4 practice-details">
      <h2 class="h5">{t("practices.pages.details")}</h2>
      <dl class="mb-0">
        {d.organisations.length ? (
          <Detail term={t("practices.fields.organisations")}>
            <ul class="list-unstyled mb-0">
              {d.organisations.map((o) => (
                <li>
                  <a href={`/organisations/${o.slug}`}>{o.name}</a>{" "}
                  <span class="small text-muted">({t(`identity.orgTypes.${o.type}`)})</span>
                </li>
              ))}
            </ul>
          </Detail>
        ) : null}
        <Detail term={t("practices.fields.place")}>
          {[p.place, countryName(lang, p.country)].filter(Boolean).join(", ")}
        </Detail>
        {years ? <Detail term={t("practices.fields.period")}>{years}</Detail> : null}
        {d.network ? (
          <Detail term={t("practices.fields.network")}>
            <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
          </Detail>
        ) : null}
        <Detail term={t("practices.fields.language")}>{t(`practices.language.${p.language}`)}</Detail>
        <Detail term={t("practices.pages.licence")}>
          {licence.url ? (
            <a href={licence.url} rel="license">
              {licence.name}
            </a>
          ) : (
            licence.name
          )}
        </Detail>
        {p.website ? (
          <Detail term={t("practices.fields.website")}>
            <a href={p.website} rel="nofollow ugc noopener" class="text-break">
              {p.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          </Detail>
        ) : null}
        {p.publishedAt ? (
          <Detail term={t("practices.pages.published")}>
            {formatDate(lang, p.publishedAt, c.get("deps").config.timeZone)}
          </Detail>
        ) : null}
        {/* Signed-in people see the contact, or that none was given; anonymous visitors are offered to
            sign in only when there is one to see (its absence is nobody's business but members'). */}
        {actor ? (
          <Detail term={t("practices.fields.contact")}>
            {p.contact ? <span class="text-pre-line">{p.contact}</span> : t("practices.pages.noContact")}
          </Detail>
        ) : p.contactGiven ? (
          <Detail term={t("practices.fields.contact")}>
            <a href={`/sign-in?next=${encodeURIComponent(`/practices/${p.slug}`)}`}>
              {t("practices.pages.contactSignIn")}
            </a>
          </Detail>
        ) : null}
      </dl>
    </div>
  );
};
