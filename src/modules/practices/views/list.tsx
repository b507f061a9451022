// The catalogue: search box, filters with counts over the whole result (one GET form, so it works
// without JavaScript), sort, result count, highlighted cards, pagination and the "report a project"
// link. Filter controls sit in the side column but belong to the search form (`form` attribute).
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatNumber, hasMessage, type Lang, type T } from "../../../platform/i18n/index.ts";
import { Icon, render } from "../../../platform/ui/layout.tsx";
import { CAP } from "../search.repo.ts";
import type { FacetValue, PracticeHit, SearchResult } from "../search.service.ts";
import { isTheme, themeLabelKey } from "../themes.ts";
import { countryName, Highlighted, JsonLd, PracticesCss, ThemeChips, yearsText } from "./shared.tsx";

export type ListState = {
  q: string;
  theme: string[];
  orgType: string[];
  country: string[];
  year: string;
  language: string;
  network: string;
  sort: string;
  page: number;
};

export type NetworkRef = { id: string; slug: string; name: string };

export type ListPageData = {
  state: ListState;
  result: SearchResult | null;
  /** Field errors of an invalid query (the page shows the form again with them). */
  errors: { field: string; message: string }[];
  networks: NetworkRef[];
};

const FORM = "practice-search";
const MULTI = ["theme", "orgType", "country"] as const;
const SINGLE = ["year", "language", "network", "sort"] as const;

/** The URL of the list for a state (empty values left out, page 1 left out). */
export function listHref(s: ListState, change: Partial<ListState> = {}): string {
  const n = { ...s, ...change };
  const u = new URLSearchParams();
  if (n.q) u.set("q", n.q);
  for (const k of MULTI) for (const v of n[k]) u.append(k, v);
  for (const k of SINGLE) if (n[k]) u.set(k, n[k]);
  if (n.page > 1) u.set("page", String(n.page));
  const qs = u.toString();
  return qs ? `/practices?${qs}` : "/practices";
}

type Labeller = (value: string) => string;

function withSelected(values: FacetValue[], selected: string[]): FacetValue[] {
  const out = [...values];
  for (const v of selected) if (!out.some((f) => f.value === v)) out.push({ value: v, count: 0 });
  return out;
}

const CheckboxFacet: FC<{
  name: (typeof MULTI)[number];
  legend: string;
  values: FacetValue[];
  selected: string[];
  label: Labeller;
  lang: Lang;
}> = (p) => {
  const values = withSelected(p.values, p.selected);
  if (!values.length) return null;
  return (
    <fieldset class="practice-facet mb-4">
      <legend class="h6">{p.legend}</legend>
      {values.map((f) => {
        const id = `f-${p.name}-${f.value}`;
        return (
          <div class="form-check my-1">
            <input
              type="checkbox"
              id={id}
              name={p.name}
              value={f.value}
              form={FORM}
              checked={p.selected.includes(f.value)}
            />
            <label for={id} class="practice-facet-label">
              <span>{p.label(f.value)}</span>
              <span class="badge bg-light text-dark ms-2">{formatNumber(p.lang, f.count)}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
};

const SelectFacet: FC<{
  name: (typeof SINGLE)[number];
  label: string;
  all: string;
  values: { value: string; count: number }[];
  selected: string;
  optionLabel: Labeller;
  lang: Lang;
}> = (p) => {
  const values =
    p.selected && !p.values.some((v) => v.value === p.selected)
      ? [...p.values, { value: p.selected, count: 0 }]
      : p.values;
  return (
    <div class="select-wrapper mb-4">
      <label for={`f-${p.name}`}>{p.label}</label>
      <select id={`f-${p.name}`} name={p.name} form={FORM}>
        <option value="">{p.all}</option>
        {values.map((v) => (
          <option value={v.value} selected={v.value === p.selected}>
            {`${p.optionLabel(v.value)} (${formatNumber(p.lang, v.count)})`}
          </option>
        ))}
      </select>
    </div>
  );
};

/** Chips for the filters in force, each a link that removes it. */
const ActiveFilters: FC<{ t: T; state: ListState; label: (k: string, v: string) => string }> = (p) => {
  const chips: { text: string; href: string }[] = [];
  for (const k of MULTI)
    for (const v of p.state[k])
      chips.push({
        text: p.label(k, v),
        href: listHref(p.state, { [k]: p.state[k].filter((x) => x !== v), page: 1 }),
      });
  for (const k of ["year", "language", "network"] as const)
    if (p.state[k])
      chips.push({ text: p.label(k, p.state[k]), href: listHref(p.state, { [k]: "", page: 1 }) });
  if (!chips.length) return null;
  return (
    <div class="mb-3">
      <h3 class="visually-hidden">{p.t("practices.pages.activeFilters")}</h3>
      <ul class="practice-chips list-unstyled" aria-label={p.t("practices.pages.activeFilters")}>
        {chips.map((c) => (
          <li>
            <a class="chip chip-simple chip-primary practice-chip-remove" href={c.href}>
              <span class="chip-label">{c.text}</span>
              <Icon name="it-close" class="icon-xs ms-1" />
              <span class="visually-hidden"> – {p.t("practices.pages.removeFilter")}</span>
            </a>
          </li>
        ))}
        <li>
          <a
            class="practice-clear"
            href={listHref({
              ...p.state,
              theme: [],
              orgType: [],
              country: [],
              year: "",
              language: "",
              network: "",
              page: 1,
            })}
          >
            {p.t("practices.pages.clearFilters")}
          </a>
        </li>
      </ul>
    </div>
  );
};

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

const Pagination: FC<{ t: T; state: ListState; pages: number }> = ({ t, state, pages }) => {
  if (pages <= 1) return null;
  const cur = state.page;
  const from = Math.max(1, Math.min(cur - 2, pages - 4));
  const nums = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  return (
    <nav class="pagination-wrapper" aria-label={t("practices.pages.pagination")}>
      <ul class="pagination">
        <li class={`page-item${cur <= 1 ? " disabled" : ""}`}>
          {cur <= 1 ? (
            <span class="page-link">{t("practices.pages.previous")}</span>
          ) : (
            <a class="page-link" href={listHref(state, { page: cur - 1 })} rel="prev">
              {t("practices.pages.previous")}
            </a>
          )}
        </li>
        {nums.map((n) => (
          <li class="page-item">
            <a
              class="page-link"
              href={listHref(state, { page: n })}
              aria-current={n === cur ? "page" : undefined}
            >
              <span class="visually-hidden">{t("practices.pages.page")} </span>
              {n}
            </a>
          </li>
        ))}
        <li class={`page-item${cur >= pages ? " disabled" : ""}`}>
          {cur >= pages ? (
            <span class="page-link">{t("practices.pages.next")}</span>
          ) : (
            <a class="page-link" href={listHref(state, { page: cur + 1 })} rel="next">
              {t("practices.pages.next")}
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
};

export function practicesListPage(c: Ctx, d: ListPageData, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const base = c.get("deps").config.baseUrl;
  const { state, result } = d;
  const byId = new Map(d.networks.map((n) => [n.id, n]));
  const bySlug = new Map(d.networks.map((n) => [n.slug, n]));
  const orgTypeLabel = (v: string) => t(`identity.orgTypes.${v}`);
  const themeLabel = (v: string) => (isTheme(v) ? t(themeLabelKey(v)) : v);
  const networkLabel = (v: string) => (byId.get(v) ?? bySlug.get(v))?.name ?? v;
  const filterLabel = (k: string, v: string) =>
    k === "theme"
      ? themeLabel(v)
      : k === "orgType"
        ? orgTypeLabel(v)
        : k === "country"
          ? countryName(lang, v)
          : k === "language"
            ? t(`practices.language.${v}`)
            : k === "network"
              ? networkLabel(v)
              : t("practices.pages.activeYear", { year: v });
  const FIELD_LABELS: Record<string, string> = {
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
  const fieldLabel = (field: string) => FIELD_LABELS[field.split(".")[0] ?? ""] ?? field;
  const total = result?.total ?? 0;
  const countText = !result
    ? t("practices.pages.invalidQuery")
    : result.totalExact
      ? t(total === 1 ? "practices.pages.countOne" : "practices.pages.count", {
          n: formatNumber(lang, total),
        })
      : t("practices.search.totalAtLeast", { n: formatNumber(lang, total) });
  const title = state.q
    ? `${t("practices.pages.title")}: ${countText} – «${state.q}»`
    : `${t("practices.pages.title")}${state.page > 1 ? ` – ${t("practices.pages.page")} ${state.page}` : ""}`;
  const pages = result ? Math.min(1000, Math.max(1, Math.ceil(total / result.limit))) : 1;
  // The network facet lists ids; a selected network may be given by slug: match both.
  const selectedNetwork = state.network ? (bySlug.get(state.network)?.id ?? state.network) : "";
  const facets = result?.facets;
  return render(
    c,
    { title, breadcrumbs: [{ label: t("practices.pages.title") }] },
    <>
      <PracticesCss />
      <div class="row align-items-start mb-2">
        <div class="col-lg-8">
          <h1>{t("practices.pages.title")}</h1>
          <p class="lead">{t("practices.pages.lead")}</p>
        </div>
        <div class="col-lg-4 text-lg-end">
          <a class="btn btn-primary btn-icon mt-lg-3" href="/practices/new">
            <Icon name="it-plus-circle" class="icon-white me-2" />
            <span>{t("practices.pages.report")}</span>
          </a>
        </div>
      </div>

      <search>
        <form
          id={FORM}
          method="get"
          action="/practices"
          class="practice-search mb-4"
          aria-label={t("practices.pages.searchLabel")}
        >
          <div class="row g-3 align-items-end">
            <div class="col-md-7">
              <label for="q" class="form-label fw-semibold">
                {t("practices.pages.searchLabel")}
              </label>
              <input
                type="search"
                id="q"
                name="q"
                class="form-control"
                value={state.q}
                maxlength={200}
                aria-describedby="q-hint"
              />
              <small id="q-hint" class="form-text">
                {t("practices.pages.searchHint")}
              </small>
            </div>
            <div class="col-md-3">
              <div class="select-wrapper">
                <label for="sort">{t("practices.pages.sort")}</label>
                <select id="sort" name="sort">
                  <option value="">{t("practices.pages.sortDefault")}</option>
                  <option value="relevance" selected={state.sort === "relevance"}>
                    {t("practices.pages.sortRelevance")}
                  </option>
                  <option value="date" selected={state.sort === "date"}>
                    {t("practices.pages.sortDate")}
                  </option>
                </select>
              </div>
            </div>
            <div class="col-md-2">
              <button type="submit" class="btn btn-primary w-100">
                {t("practices.pages.search")}
              </button>
            </div>
          </div>
        </form>
      </search>

      <div class="row">
        <div class="col-lg-4 order-2 order-lg-1">
          <section class="practice-filters card card-bg p-3 mb-4" aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="h5">
              {t("practices.pages.filters")}
            </h2>
            {facets && !result.facetsExact ? (
              <p class="small">{t("practices.search.facetsApproximate", { n: formatNumber(lang, CAP) })}</p>
            ) : null}
            <CheckboxFacet
              name="theme"
              legend={t("practices.pages.filterTheme")}
              values={facets?.theme ?? []}
              selected={state.theme}
              label={themeLabel}
              lang={lang}
            />
            <CheckboxFacet
              name="orgType"
              legend={t("practices.pages.filterOrgType")}
              values={facets?.orgType ?? []}
              selected={state.orgType}
              label={orgTypeLabel}
              lang={lang}
            />
            <CheckboxFacet
              name="country"
              legend={t("practices.pages.filterCountry")}
              values={facets?.country ?? []}
              selected={state.country}
              label={(v) => countryName(lang, v)}
              lang={lang}
            />
            <SelectFacet
              name="year"
              label={t("practices.pages.filterYear")}
              all={t("practices.pages.anyYear")}
              values={(facets?.year ?? []).map((y) => ({ value: String(y.value), count: y.count }))}
              selected={state.year}
              optionLabel={(v) => v}
              lang={lang}
            />
            <SelectFacet
              name="network"
              label={t("practices.pages.filterNetwork")}
              all={t("practices.pages.anyNetwork")}
              values={facets?.network ?? []}
              selected={selectedNetwork}
              optionLabel={networkLabel}
              lang={lang}
            />
            <SelectFacet
              name="language"
              label={t("practices.pages.filterLanguage")}
              all={t("practices.pages.anyLanguage")}
              values={facets?.language ?? []}
              selected={state.language}
              optionLabel={(v) => t(`practices.language.${v}`)}
              lang={lang}
            />
            <button type="submit" form={FORM} class="btn btn-outline-primary w-100">
              {t("practices.pages.applyFilters")}
            </button>
          </section>
        </div>

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
                  <li>{`${fieldLabel(e.field)}: ${hasMessage(lang, e.message) ? t(e.message, { max: 200 }) : t("form.invalid")}`}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {result?.corrections.length ? (
            <p class="small">
              {t("practices.search.correctedTo", { words: result.corrections.map((x) => x.to).join(", ") })}
            </p>
          ) : null}
          <ActiveFilters t={t} state={state} label={filterLabel} />
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
                  network={hit.networkId ? byId.get(hit.networkId) : undefined}
                />
              ))}
            </ol>
          ) : null}
          <Pagination t={t} state={state} pages={pages} />
        </section>
      </div>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "CollectionPage",
          name: t("practices.pages.title"),
          description: t("practices.pages.lead"),
          url: `${base}${listHref(state)}`,
          inLanguage: lang,
          mainEntity: {
            "@type": "ItemList",
            numberOfItems: total,
            itemListElement: (result?.items ?? []).map((h, i) => ({
              "@type": "ListItem",
              position: (result!.page - 1) * result!.limit + i + 1,
              url: `${base}/practices/${h.slug}`,
              name: h.title,
            })),
          },
        }}
      />
    </>,
    status,
  );
}
