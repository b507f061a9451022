// Open-data exports of a network's public, published practices and funding calls: CSV (UTF-8, `,`),
// JSON and JSON-LD (schema.org). CSV and JSON use the import file's keys plus `id` and `url`
// (CONVENTIONS "Files exchanged with people"), so an export can be imported elsewhere; the lead
// organisation (the first) is the record's `organisation`. Contact details are never exported.

import type { OrganisationType } from "../../../platform/auth/index.ts";
import { csvCell } from "../../../platform/csv.ts";
import type { Deps } from "../../../platform/deps.ts";
import { organisationById } from "../../identity/index.ts";
import { type ExportRow, organisationsOf, publicPractices } from "./export.repo.ts";

/** The keys of an exported practice, in the CSV's column order. */
export const PRACTICE_KEYS = [
  "id",
  "url",
  "title",
  "summary",
  "country",
  "language",
  "organisation",
  "organisationType",
  "place",
  "startYear",
  "endYear",
  "themes",
  "problem",
  "solution",
  "results",
  "website",
] as const;

export type ExportedPractice = {
  id: string;
  url: string;
  title: string;
  summary: string;
  country: string;
  language: "it" | "en";
  organisation: string | null;
  organisationType: OrganisationType | null;
  place: string | null;
  startYear: number | null;
  endYear: number | null;
  themes: string[];
  problem: string | null;
  solution: string | null;
  results: string | null;
  website: string | null;
};

/** What the JSON-LD distribution adds to each record. */
type Extra = { licence: string; publishedAt: Date | null; updatedAt: Date; organisations: string[] };

const CHUNK = 1000;

/** A network's public, published practices as export records (with what JSON-LD needs beside). */
export async function exportPractices(
  deps: Deps,
  networkId: string,
): Promise<(ExportedPractice & { extra: Extra })[]> {
  const base = deps.config.baseUrl;
  const orgCache = new Map<string, { name: string; type: OrganisationType } | null>();
  const org = async (id: string) => {
    if (!orgCache.has(id)) {
      const o = await organisationById(deps, id).catch(() => null);
      orgCache.set(id, o ? { name: o.name, type: o.type } : null);
    }
    return orgCache.get(id) ?? null;
  };
  const out: (ExportedPractice & { extra: Extra })[] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const rows: ExportRow[] = await publicPractices(deps.db, { networkId, limit: CHUNK, offset });
    const links = await organisationsOf(
      deps.db,
      rows.map((r) => r.id),
    );
    for (const r of rows) {
      const orgs = [];
      for (const l of links.filter((x) => x.practice_id === r.id)) {
        const o = await org(l.organisation_id);
        if (o) orgs.push(o);
      }
      out.push({
        id: r.id,
        url: `${base}/practices/${r.slug}`,
        title: r.title,
        summary: r.summary,
        country: r.country,
        language: r.language,
        organisation: orgs[0]?.name ?? null,
        organisationType: orgs[0]?.type ?? null,
        place: r.place,
        startYear: r.start_year,
        endYear: r.end_year,
        themes: r.themes,
        problem: r.problem,
        solution: r.solution,
        results: r.results,
        website: r.website,
        extra: {
          licence: r.licence,
          publishedAt: r.published_at,
          updatedAt: r.updated_at,
          organisations: orgs.map((o) => o.name),
        },
      });
    }
    if (rows.length < CHUNK) break;
  }
  return out;
}

// RFC 4180 with the formula guard of every CSV the instance writes (platform/csv.ts): anonymous
// submissions reach this file once published, and `=HYPERLINK(…)` must not run in a spreadsheet.
// The importer drops the guard again (import/import.ts), so an export imports as the original text.
const csvField = (v: unknown): string =>
  csvCell(v === null || v === undefined ? "" : Array.isArray(v) ? v.join("|") : String(v));

/** Records as CSV with a header row of `keys` (arrays joined with `|`, as the import reads them). */
export function toCsv<K extends string>(keys: readonly K[], records: Record<K, unknown>[]): string {
  const lines = [keys.join(",")];
  for (const r of records) lines.push(keys.map((k) => csvField(r[k])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export const practicesCsv = (records: ExportedPractice[]) =>
  toCsv(PRACTICE_KEYS, records as unknown as Record<(typeof PRACTICE_KEYS)[number], unknown>[]);

export const practicesJson = (records: (ExportedPractice & { extra?: Extra })[]) =>
  JSON.stringify(
    records.map(({ extra: _e, ...r }) => r),
    null,
    1,
  );

const LICENCES: Record<string, string> = {
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
};
export const licenceUrl = (code: string): string | undefined => LICENCES[code];

/** The JSON-LD distribution: each practice a schema.org CreativeWork (inline context, works offline). */
export function practicesJsonLd(
  records: (ExportedPractice & { extra: Extra })[],
  o: { datasetUrl: string; network: { name: string; url: string } },
) {
  return {
    "@context": { "@vocab": "https://schema.org/" },
    "@id": o.datasetUrl,
    "@type": "Collection",
    name: `${o.network.name} — buone pratiche / good practices`,
    publisher: { "@type": "Organization", name: o.network.name, url: o.network.url },
    hasPart: records.map((r) => ({
      "@type": "CreativeWork",
      "@id": r.url,
      url: r.url,
      identifier: r.id,
      name: r.title,
      abstract: r.summary,
      inLanguage: r.language,
      keywords: r.themes,
      ...(r.extra.organisations.length
        ? { creator: r.extra.organisations.map((name) => ({ "@type": "Organization", name })) }
        : {}),
      ...(r.place || r.country
        ? {
            spatialCoverage: {
              "@type": "Place",
              ...(r.place ? { name: r.place } : {}),
              address: { "@type": "PostalAddress", addressCountry: r.country },
            },
          }
        : {}),
      ...(r.startYear ? { temporalCoverage: `${r.startYear}/${r.endYear ?? ".."}` } : {}),
      ...(r.website ? { sameAs: r.website } : {}),
      ...(licenceUrl(r.extra.licence) ? { license: licenceUrl(r.extra.licence) } : {}),
      ...(r.extra.publishedAt ? { datePublished: r.extra.publishedAt.toISOString() } : {}),
      dateModified: r.extra.updatedAt.toISOString(),
      sourceOrganization: { "@type": "Organization", name: o.network.name, url: o.network.url },
    })),
  };
}
