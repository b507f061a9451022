// The catalogue's results column: the count (a live status), messages for an invalid query and for
// corrected words, the chips of active filters, the empty states, the highlighted result cards and the
// pagination.
import type { FC } from "hono/jsx";
import { hasMessage, type Lang, type T } from "../../../platform/i18n/index.ts";
import { Icon } from "../../../platform/ui/layout.tsx";
import type { PracticeHit } from "../search.service.ts";
import { ActiveFilters, type ListLabels } from "./list-filters.tsx";
import { Pagination } from "./list-pagination.tsx";
import { type ListPageData, listHref, type NetworkRef } from "./list-state.ts";
import { countryName, Highlighted, ThemeChips, yearsText } from "./shared.tsx";

const ResultCard: FC<{ t: T; lang: Lang; hit: PracticeHit; network?: NetworkRef | undefined }> = ({
  t,
  lang,
  hit,
  network,
}) => {
  const years = yearsText(t, hit.startYear, hit.endYear);
  const where = [hit.place, countryName(lang, hit.country)].filter(Boolean).join(", ");
  const text = hit.highlight.text.length ? hit.highlight.text : [{ text: hit.summary, match: false }];
  return (
    <li class="mb-3">
      <article class="card card-bg practice-card" lang={hit.language === lang ? undefined : hit.language}>
        <div class="card-body">
          <div class="category-top">
            <span class="category">{network?.name ?? t("practices.pages.noNetwork")}</span>
            {years ? <span class="data">{years}</span> : null}
          </div>
          <h3 class="card-title h5">
            <a href={`/practices/${hit.slug}`}>
              <Highlighted
                segments={
                  hit.highlight.title.length ? hit.highlight.title : [{ text: hit.title, match: false }]
                }
              />
            </a>
          </h3>
          <p class="card-text practice-snippet">
            <Highlighted segments={text} />
          </p>
          <p class="card-text small text-muted mb-2">
            <Icon name="it-map-marker" class="icon-sm me-1" />
            {where}
            {" · "}
            {t(`practices.language.${hit.language}`)}
          </p>
          <ThemeChips t={t} themes={hit.themes} label={t("practices.pages.themes")} />
        </div>
      </article>
    </li>
  );
};

/** What a field of an invalid query is called on the page (sub-fields such as `theme.0` by their field). */
function fieldLabel(t: T, field: string): string {
  const byField: Record<string, string> = {
    q: t("practices.pages.searchLabel"),
    theme: t("practices.pages.filterTheme"),
    orgType: t("practices.pages.filterOrgType"),
    country: t("practices.pages.filterCountry"),
    year: t("practices.pages.filterYear"),
    language: t("practices.pages.filterLanguage"),
    network: t("practices.pages.filterNetwork"),
    sort: t("practices.pages.sort"),
    page: t("practices.pages.page"),
  };
  return byField[field.split(".")[0] ?? ""] ?? field;
}

export const ResultsSection: FC<{
  t: T;
  lang: Lang;
  d: ListPageData;
  countText: string;
  pages: number;
  labels: ListLabels;
}> = ({ t, lang, d, countText, pages, labels }) => {
  const { state, result } = d;
  const total = result?.total ?? 0;
  return (
    <section class="col-lg-8 order-1 order-lg-2" aria-labelledby="results-heading">
      <h2 id="results-heading" class="h4">
        {t("practices.pages.results")}
      </h2>
      <p role="status" class="fw-semibold" id="result-count">
        {countText}
      </p>
      {/* On narrow screens the filters come after the results: a way to them without scrolling. */}
      <p class="d-lg-none small">
        <a href="#filters-heading">{t("practices.pages.toFilters")}</a>
      </p>
      {d.errors.length ? (
        <div class="alert alert-danger" role="alert">
          <p class="mb-1">{t("practices.pages.invalidQuery")}</p>
          <ul class="mb-0">
            {d.errors.map((e) => (
              <li>{`${fieldLabel(t, e.field)}: ${hasMessage(lang, e.message) ? t(e.message, { max: 200 }) : t("form.invalid")}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result?.corrections.length ? (
        <p class="small">
          {t("practices.search.correctedTo", { words: result.corrections.map((x) => x.to).join(", ") })}
        </p>
      ) : null}
      <ActiveFilters t={t} state={state} label={labels.filterLabel} />
      {result && result.items.length === 0 && total === 0 ? (
        <div class="callout">
          <div class="callout-title">{t("practices.pages.noResults")}</div>
          <p>{t("practices.pages.noResultsHint")}</p>
        </div>
      ) : null}
      {result && result.items.length === 0 && total > 0 ? (
        <p>
          <a href={listHref(state, { page: 1 })}>{t("practices.pages.beyondLastPage")}</a>
        </p>
      ) : null}
      {result?.items.length ? (
        <ol
          class="list-unstyled"
          aria-labelledby="results-heading"
          start={(result.page - 1) * result.limit + 1}
        >
          {result.items.map((hit) => (
            <ResultCard
              t={t}
              lang={lang}
              hit={hit}
              network={hit.networkId ? labels.byId.get(hit.networkId) : undefined}
            />
          ))}
        </ol>
      ) : null}
      <Pagination t={t} state={state} pages={pages} />
    </section>
  );
};
