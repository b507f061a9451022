// The catalogue's filters: facet controls with counts over the whole result (checkboxes for themes,
// organisation types and countries; selects for year, network and language), the side panel that holds
// them, and the chips of the filters in force. The controls join the search form through `form=`, so
// they work without JavaScript.
import type { FC } from "hono/jsx";
import { formatNumber, type Lang, type T } from "../../../platform/i18n/index.ts";
import { Icon } from "../../../platform/ui/layout.tsx";
import { CAP } from "../search/repo.ts";
import type { FacetValue, SearchResult } from "../search/service.ts";
import { isTheme, themeLabelKey } from "../themes.ts";
import { FORM, type ListState, listHref, MULTI, type NetworkRef, type SINGLE } from "./list-state.ts";
import { countryName } from "./shared.tsx";

/** How filter values read: theme, organisation type and network names; any filter as a chip. */
export function listLabels(t: T, lang: Lang, networks: NetworkRef[]) {
  const byId = new Map(networks.map((n) => [n.id, n]));
  const bySlug = new Map(networks.map((n) => [n.slug, n]));
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
  return { byId, bySlug, orgTypeLabel, themeLabel, networkLabel, filterLabel };
}
export type ListLabels = ReturnType<typeof listLabels>;

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

/** The side panel of facets; its button submits the search form with them. */
export const FiltersPanel: FC<{
  t: T;
  lang: Lang;
  state: ListState;
  result: SearchResult | null;
  labels: ListLabels;
}> = ({ t, lang, state, result, labels }) => {
  const { themeLabel, orgTypeLabel, networkLabel, bySlug } = labels;
  // The network facet lists ids; a selected network may be given by slug: match both.
  const selectedNetwork = state.network ? (bySlug.get(state.network)?.id ?? state.network) : "";
  const facets = result?.facets;
  return (
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
  );
};

/** Chips for the filters in force, each a link that removes it. */
export const ActiveFilters: FC<{ t: T; state: ListState; label: (k: string, v: string) => string }> = (p) => {
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
