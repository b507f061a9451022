// The human page of open data: the catalogue, the Atom and RSS feeds, and each network's collections with a
// link per format.
import type { Ctx } from "../../../platform/http/context.ts";
import { PageTitle } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import { type Collection, FORMATS, type Format } from "./open-data.ts";
import "./messages.ts";

export function openDataPage(c: Ctx, networks: { slug: string; name: string }[]) {
  const t = c.get("t");
  const collections: { what: Collection; label: string }[] = [
    { what: "practices", label: t("openData.practices") },
    { what: "funding", label: t("openData.funding") },
  ];
  return render(
    c,
    { title: t("openData.title"), breadcrumbs: [{ label: t("openData.title") }] },
    <>
      <PageTitle title={t("openData.title")} lead={t("openData.lead")} />
      <ul>
        <li>
          <a href="/open-data/catalog.jsonld" type="application/ld+json">
            {t("openData.catalogue")}
          </a>{" "}
          — {t("openData.catalogueHint")}
        </li>
        <li>
          <a href="/practices/feed.xml" type="application/atom+xml">
            {t("openData.feed")}
          </a>
        </li>
        <li>
          <a href="/practices/rss.xml" type="application/rss+xml">
            {t("openData.feedRss")}
          </a>
        </li>
      </ul>
      <p>{t("openData.licence")}</p>
      <h2 class="mt-4">{t("openData.datasets")}</h2>
      {networks.length === 0 ? <p>{t("openData.noNetworks")}</p> : null}
      {networks.map((n) => (
        <section class="mt-4" aria-labelledby={`net-${n.slug}`}>
          <h3 class="h4" id={`net-${n.slug}`}>
            {n.name}
          </h3>
          <table class="table">
            <caption class="visually-hidden">{t("openData.tableCaption", { network: n.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("openData.dataset")}</th>
                <th scope="col">{t("openData.formats")}</th>
              </tr>
            </thead>
            <tbody>
              {collections.map((col) => (
                <tr>
                  <th scope="row">{col.label}</th>
                  <td>
                    <ul class="list-inline mb-0">
                      {(Object.keys(FORMATS) as Format[]).map((f) => (
                        <li class="list-inline-item">
                          <a
                            href={`/open-data/${n.slug}/${col.what}.${f}`}
                            type={FORMATS[f].mediaType}
                            aria-label={t("openData.download", {
                              dataset: `${col.label} – ${n.name}`,
                              format: FORMATS[f].label,
                            })}
                          >
                            {FORMATS[f].label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>,
  );
}
