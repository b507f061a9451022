// What the open-data routes serve: the catalogue of every network's collections and each network's
// distributions. Only public, published practices and public calls; never contact details.
import type { Deps } from "../../../platform/deps.ts";
import { CALL_KEYS, callRecords, callsJsonLd, publicCallsOfNetwork } from "../../funding/index.ts";
import { listNetworks, networkBySlug } from "../../identity/index.ts";
import { lastPublicChange } from "./export.repo.ts";
import { exportPractices, practicesCsv, practicesJson, practicesJsonLd, toCsv } from "./export.ts";
import { buildCatalogue, type Collection, type Format } from "./open-data.ts";

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => Boolean(d)).map((d) => d.getTime())));

export async function catalogue(deps: Deps) {
  const now = deps.clock.now();
  const networks = [];
  for (const summary of await listNetworks(deps)) {
    const n = await networkBySlug(deps, summary.slug);
    const calls = await publicCallsOfNetwork(deps, n.id);
    const created = n.created_at instanceof Date ? n.created_at : new Date(n.created_at);
    networks.push({
      slug: n.slug,
      name: n.name,
      description: n.description,
      practicesModified: latest(created, await lastPublicChange(deps.db, n.id)),
      fundingModified: latest(created, ...calls.map((c) => c.updatedAt)),
    });
  }
  return buildCatalogue({ baseUrl: deps.config.baseUrl, instanceName: "Bottega", networks, now });
}

export type Distribution = { body: string; contentType: string; filename: string };

/** One distribution of a network's collection (404 when the network does not exist). */
export async function distribution(
  deps: Deps,
  networkSlug: string,
  what: Collection,
  format: Format,
): Promise<Distribution> {
  const n = await networkBySlug(deps, networkSlug);
  const base = deps.config.baseUrl;
  const datasetUrl = `${base}/open-data/${n.slug}/${what}`;
  const network = { name: n.name, url: `${base}/networks/${n.slug}` };
  const filename = `${n.slug}-${what}.${format}`;
  if (what === "practices") {
    const records = await exportPractices(deps, n.id);
    if (format === "csv")
      return { body: practicesCsv(records), contentType: "text/csv; charset=utf-8", filename };
    if (format === "json")
      return { body: practicesJson(records), contentType: "application/json; charset=utf-8", filename };
    return {
      body: JSON.stringify(practicesJsonLd(records, { datasetUrl, network }), null, 1),
      contentType: "application/ld+json; charset=utf-8",
      filename,
    };
  }
  const calls = await publicCallsOfNetwork(deps, n.id);
  if (format === "jsonld")
    return {
      body: JSON.stringify(callsJsonLd(base, calls, { datasetUrl, network }), null, 1),
      contentType: "application/ld+json; charset=utf-8",
      filename,
    };
  const records = callRecords(base, n.slug, calls);
  if (format === "csv")
    return { body: toCsv(CALL_KEYS, records), contentType: "text/csv; charset=utf-8", filename };
  return { body: JSON.stringify(records, null, 1), contentType: "application/json; charset=utf-8", filename };
}

/** The datasets for the human page: each network with its two collections. */
export async function openDataIndex(deps: Deps) {
  return (await listNetworks(deps)).map((n) => ({ slug: n.slug, name: n.name }));
}
