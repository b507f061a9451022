// A practice's schema.org JSON-LD (CreativeWork): creators, publisher, place, period, licence, images
// and attachments, as part of the catalogue's CollectionPage. The contact is never in it.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import { themeLabelKey } from "../themes.ts";
import { JsonLd, yearsText } from "./shared.tsx";
import { licenceOf, type ShowPageData } from "./show-data.ts";

export const PracticeJsonLd: FC<{ t: T; d: ShowPageData; base: string; url: string }> = ({
  t,
  d,
  base,
  url,
}) => {
  const p = d.practice;
  const images = d.media.filter((m) => m.kind === "image");
  const attachments = d.media.filter((m) => m.kind === "attachment");
  const licence = licenceOf(p.licence);
  const years = yearsText(t, p.startYear, p.endYear);
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        url,
        name: p.title,
        abstract: p.summary,
        description: p.summary,
        inLanguage: p.language,
        keywords: p.themes.map((th) => t(themeLabelKey(th))).join(", "),
        license: licence.url ?? p.licence,
        ...(p.publishedAt ? { datePublished: p.publishedAt.toISOString() } : {}),
        dateModified: p.updatedAt.toISOString(),
        ...(years ? { temporalCoverage: `${p.startYear ?? ".."}/${p.endYear ?? ".."}` } : {}),
        spatialCoverage: {
          "@type": "Place",
          ...(p.place ? { name: p.place } : {}),
          address: { "@type": "PostalAddress", addressCountry: p.country },
        },
        creator: d.organisations.map((o) => ({
          "@type": "Organization",
          name: o.name,
          url: `${base}/organisations/${o.slug}`,
        })),
        ...(d.network
          ? {
              publisher: {
                "@type": "Organization",
                name: d.network.name,
                url: `${base}/networks/${d.network.slug}`,
              },
            }
          : {}),
        ...(p.website ? { sameAs: p.website } : {}),
        ...(images.length
          ? {
              image: images.map((m) => ({
                "@type": "ImageObject",
                contentUrl: `${base}${m.path}`,
                description: m.alt,
                encodingFormat: m.contentType,
              })),
            }
          : {}),
        ...(attachments.length
          ? {
              associatedMedia: attachments.map((m) => ({
                "@type": "MediaObject",
                contentUrl: `${base}${m.path}`,
                name: m.title ?? m.filename,
                encodingFormat: m.contentType,
                contentSize: `${m.byteSize} B`,
              })),
            }
          : {}),
        isPartOf: { "@type": "CollectionPage", name: t("practices.pages.title"), url: `${base}/practices` },
      }}
    />
  );
};
