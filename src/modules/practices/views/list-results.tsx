// The catalogue's results column: the heading with the count (#results: a search leads there and
// focuses it, so the count is read first), messages for an invalid query and for corrected words, the
// theme the query names as a filter to apply, the chips of active filters, the empty states, the
// highlighted result cards (partial matches of a many-word query after the others, marked) and the
// pagination.
import type { FC } from "hono/jsx";
import { formatNumber, hasMessage, type Lang, type T } from "../../../platform/i18n/index.ts";
import { Icon } from "../../../platform/ui/layout.tsx";
import type { PracticeHit } from "../search/service.ts";
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
          {hit.partial ? (
            <p class="card-text small mb-0 mt-2">
              <span class="badge practice-partial">{t("practices.pages.partialMatch")}</span>
              {hit.missing.length
                ? ` ${t("practices.pages.partialMissing", { words: hit.missing.join(", ") })}`
                : null}
            </p>
          ) : null}
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

/** Each theme the query names, as a link that adds it to the filters ("Tema: Accessibilità (8)"). */
const ThemeSuggestions: FC<{ t: T; lang: Lang; d: ListPageData; labels: ListLabels }> = ({
  t,
  lang,
  d,
  labels,
}) => {
  const themes = (d.result?.namedThemes ?? []).filter((f) => !d.state.theme.includes(f.value));
  if (!themes.length) return null;
  return (
    <div class="mb-3">
      <h3 class="visually-hidden">{t("practices.pages.themeSuggestionLabel")}</h3>
      <ul class="practice-chips list-unstyled" aria-label={t("practices.pages.themeSuggestionLabel")}>
        {themes.map((f) => (
          <li>
            <a
              class="chip chip-simple practice-theme-suggestion"
              href={`${listHref(d.state, { theme: [...d.state.theme, f.value], page: 1 })}#results`}
            >
              <span class="chip-label">
                {t("practices.pages.themeSuggestion", {
                  theme: labels.themeLabel(f.value),
                  n: formatNumber(lang, f.count),
                })}
              </span>
              <span class="visually-hidden"> – {t("practices.pages.themeSuggestionHint")}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
};

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
  const full = result?.items.filter((h) => !h.partial) ?? [];
  const partial = result?.items.filter((h) => h.partial) ?? [];
  return (
    <section class="col-lg-8 order-1 order-lg-2" aria-labelledby="results">
      {/* The target of a search (#results): focusable, and its name is the count. */}
      <h2 id="results" class="h4" tabindex={-1}>
        <span class="visually-hidden">{t("practices.pages.results")}: </span>
        <span id="result-count">{countText}</span>
      </h2>
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
      <ThemeSuggestions t={t} lang={lang} d={d} labels={labels} />
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
      {full.length ? (
        <ol class="list-unstyled" aria-labelledby="results" start={(result!.page - 1) * result!.limit + 1}>
          {full.map((hit) => (
            <ResultCard
              t={t}
              lang={lang}
              hit={hit}
              network={hit.networkId ? labels.byId.get(hit.networkId) : undefined}
            />
          ))}
        </ol>
      ) : null}
      {partial.length ? (
        <>
          <p id="partial-note" class="fw-semibold">
            {partial.length === 1
              ? t("practices.pages.partialNote.one")
              : t("practices.pages.partialNote", { n: formatNumber(lang, partial.length) })}
          </p>
          <ol
            class="list-unstyled"
            aria-labelledby="partial-note"
            start={(result!.page - 1) * result!.limit + full.length + 1}
          >
            {partial.map((hit) => (
              <ResultCard
                t={t}
                lang={lang}
                hit={hit}
                network={hit.networkId ? labels.byId.get(hit.networkId) : undefined}
              />
            ))}
          </ol>
        </>
      ) : null}
      <Pagination t={t} state={state} pages={pages} />
    </section>
  );
};
