// The catalogue: search box, filters with counts over the whole result (one GET form, so it works
// without JavaScript), sort, result count, highlighted cards, pagination and the "report a project"
// link. Filter controls sit in the side column but belong to the search form (`form` attribute).
// This file composes the page and its JSON-LD; each part lives in a list-*.tsx file of its own.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatNumber } from "../../../platform/i18n/index.ts";
import { Icon, render } from "../../../platform/ui/layout.tsx";
import { CatalogueFiguresSection } from "./list-figures.tsx";
import { FiltersPanel, listLabels } from "./list-filters.tsx";
import { ResultsSection } from "./list-results.tsx";
import { SearchForm } from "./list-search.tsx";
import { type ListPageData, listHref } from "./list-state.ts";
import { JsonLd, PracticesCss } from "./shared.tsx";

export { type ListPageData, type ListState, listHref, type NetworkRef } from "./list-state.ts";

export function practicesListPage(c: Ctx, d: ListPageData, status = 200) {
  const t = c.get("t");
  const lang = c.get("lang");
  const base = c.get("deps").config.baseUrl;
  const { state, result } = d;
  const labels = listLabels(t, lang, d.networks);
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
  return render(
    c,
    {
      title,
      breadcrumbs: [{ label: t("practices.pages.title") }],
      scripts: ["/static/app/practices.js"],
    },
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

      <SearchForm t={t} state={state} />

      <div class="row">
        <div class="col-lg-4 order-2 order-lg-1">
          <FiltersPanel t={t} lang={lang} state={state} result={result} labels={labels} />
          {d.figures ? <CatalogueFiguresSection t={t} lang={lang} figures={d.figures} /> : null}
        </div>

        <ResultsSection t={t} lang={lang} d={d} countText={countText} pages={pages} labels={labels} />
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
