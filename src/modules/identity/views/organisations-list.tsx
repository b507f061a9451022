// The public list of organisations, filterable by type and country.
import type { Ctx } from "../../../platform/http/context.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { countryName, countryOptions } from "../organisations.countries.ts";
import type { Organisation } from "../organisations.service.ts";
import { Pagination, typeOptions } from "./identity-shared.tsx";

export function organisationsListPage(
  c: Ctx,
  p: {
    items: Organisation[];
    total: number;
    page: number;
    pages: number;
    filter: { type?: string | undefined; country?: string | undefined };
    countries: string[];
    canCreate: boolean;
  },
) {
  const t = c.get("t");
  const lang = c.get("lang");
  return render(
    c,
    { title: t("identity.orgs.title") },
    <>
      <PageTitle title={t("identity.orgs.title")} lead={t("identity.orgs.lead")}>
        {p.canCreate ? (
          <a class="btn btn-primary" href="/organisations/new">
            {t("identity.orgs.create")}
          </a>
        ) : null}
      </PageTitle>
      <form
        method="get"
        action="/organisations"
        class="row g-3 align-items-end mb-4"
        aria-label={t("identity.orgs.filter")}
      >
        <div class="col-12 col-md-5">
          <div class="select-wrapper">
            <label for="filter-type">{t("identity.orgs.type")}</label>
            <select id="filter-type" name="type">
              <option value="">{t("identity.orgs.anyType")}</option>
              {typeOptions(t).map((o) => (
                <option value={o.value} selected={o.value === p.filter.type}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="col-12 col-md-4">
          <div class="select-wrapper">
            <label for="filter-country">{t("identity.orgs.country")}</label>
            <select id="filter-country" name="country">
              <option value="">{t("identity.orgs.anyCountry")}</option>
              {countryOptions(lang, p.countries).map((o) => (
                <option value={o.value} selected={o.value === p.filter.country}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="col-12 col-md-3">
          <button type="submit" class="btn btn-outline-primary">
            {t("identity.orgs.applyFilter")}
          </button>
        </div>
      </form>
      <p role="status">{t("identity.orgs.count", { count: p.total })}</p>
      {p.items.length === 0 ? (
        <p>{t("identity.orgs.empty")}</p>
      ) : (
        <div class="table-responsive">
          <table class="table">
            <caption class="visually-hidden">{t("identity.orgs.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("identity.orgs.name")}</th>
                <th scope="col">{t("identity.orgs.type")}</th>
                <th scope="col">{t("identity.orgs.city")}</th>
                <th scope="col">{t("identity.orgs.country")}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((o) => (
                <tr>
                  <th scope="row">
                    <a href={`/organisations/${o.slug}`}>{o.name}</a>
                  </th>
                  <td>{t(`identity.orgTypes.${o.type}`)}</td>
                  <td>{o.city ?? ""}</td>
                  <td>{countryName(lang, o.country)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination c={c} page={p.page} pages={p.pages} />
    </>,
  );
}
