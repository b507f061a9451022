// What a practice page links beyond itself: the participatory sessions (and labs) it came from, the
// funding calls linked to it, and related practices sharing its themes.
import type { FC } from "hono/jsx";
import type { Lang, T } from "../../../platform/i18n/index.ts";
import { ThemeChips } from "./shared.tsx";
import type { ShowPageData } from "./show-data.ts";

export const PracticeOrigins: FC<{ t: T; d: ShowPageData }> = ({ t, d }) =>
  d.origins.length ? (
    <section aria-labelledby="origins-heading" class="mt-4">
      <h2 id="origins-heading" class="h4">
        {t("practices.pages.origins")}
      </h2>
      <ul>
        {d.origins.map((o) => (
          <li>
            {o.session ? (
              <>
                {t("practices.pages.originSession")} <a href={o.session.url}>{o.session.title}</a>
              </>
            ) : null}
            {o.session && o.lab ? " · " : null}
            {o.lab ? (
              <>
                {t("practices.pages.originLab")} <a href={o.lab.url}>{o.lab.title}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  ) : null;

export const PracticeFunding: FC<{ t: T; lang: Lang; d: ShowPageData }> = ({ t, lang, d }) =>
  d.funding.length ? (
    <section aria-labelledby="funding-heading" class="mt-4">
      <h2 id="funding-heading" class="h4">
        {t("practices.pages.funding")}
      </h2>
      <ul>
        {d.funding.map((f) => (
          <li>
            <a href={`/funding/${f.slug}`}>{f.title}</a>{" "}
            <span class="text-muted">
              {t("practices.pages.fundingDeadline", {
                date: new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: f.timeZone }).format(
                  f.deadline,
                ),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  ) : null;

export const RelatedPractices: FC<{ t: T; lang: Lang; d: ShowPageData }> = ({ t, lang, d }) =>
  d.related.length ? (
    <section aria-labelledby="related-heading" class="mt-4">
      <h2 id="related-heading" class="h4">
        {t("practices.pages.related")}
      </h2>
      <ul class="row list-unstyled g-3">
        {d.related.map((r) => (
          <li class="col-12 col-md-6">
            <div class="card card-bg h-100 practice-card" lang={r.language === lang ? undefined : r.language}>
              <div class="card-body">
                <h3 class="card-title h6">
                  <a href={`/practices/${r.slug}`}>{r.title}</a>
                </h3>
                <p class="card-text small">{r.summary}</p>
                <ThemeChips
                  t={t}
                  themes={r.themes.filter((x) => d.practice.themes.includes(x))}
                  label={t("practices.pages.sharedThemes")}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  ) : null;
