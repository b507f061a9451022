// Open data of a network's public funding calls: the records of its CSV and JSON distributions and
// the schema.org description of its JSON-LD one. `url` is the call page here, `website` the
// official page of the call (CONVENTIONS "url" / "website").
import type { FundingCall } from "./funding.service.ts";
import { callUrl } from "./ical.ts";

export const CALL_KEYS = [
  "id",
  "url",
  "title",
  "programme",
  "summary",
  "deadline",
  "timeZone",
  "eligibleBodies",
  "budgetEur",
  "website",
  "network",
] as const;

export type ExportedCall = Record<(typeof CALL_KEYS)[number], unknown>;

export function callRecords(baseUrl: string, networkSlug: string, calls: FundingCall[]): ExportedCall[] {
  return calls.map((c) => ({
    id: c.id,
    url: callUrl(baseUrl, c),
    title: c.title,
    programme: c.programme,
    summary: c.summary,
    deadline: c.deadline.toISOString(),
    timeZone: c.timeZone,
    eligibleBodies: c.eligibleBodies,
    budgetEur: c.budgetEur,
    website: c.url,
    network: networkSlug,
  }));
}

/** Each call as a schema.org CreativeWork (the call document) with its grant, deadline and audience. */
export function callsJsonLd(
  baseUrl: string,
  calls: FundingCall[],
  o: { datasetUrl: string; network: { name: string; url: string } },
) {
  return {
    "@context": { "@vocab": "https://schema.org/" },
    "@id": o.datasetUrl,
    "@type": "Collection",
    name: `${o.network.name} — bandi / funding calls`,
    publisher: { "@type": "Organization", name: o.network.name, url: o.network.url },
    hasPart: calls.map((c) => callJsonLd(baseUrl, c)),
  };
}

/** One call as a schema.org CreativeWork (the call document): its grant, deadline and audience. */
export function callJsonLd(baseUrl: string, c: FundingCall) {
  return {
    "@type": "CreativeWork",
    "@id": callUrl(baseUrl, c),
    url: callUrl(baseUrl, c),
    identifier: c.id,
    name: c.title,
    abstract: c.summary,
    sameAs: c.url,
    genre: c.programme,
    expires: c.deadline.toISOString(),
    audience: c.eligibleBodies.map((b) => ({ "@type": "Audience", audienceType: b })),
    ...(c.budgetEur !== null
      ? {
          funding: {
            "@type": "MonetaryGrant",
            amount: { "@type": "MonetaryAmount", currency: "EUR", value: c.budgetEur },
          },
        }
      : {}),
    dateModified: c.updatedAt.toISOString(),
  };
}
