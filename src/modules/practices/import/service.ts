// Bulk import of practices into a network (issue item 8): `npx bottega import practices FILE
// --network SLUG [--draft]` and the coordinators' upload page share this service.
//
// Every record is checked first, in memory, with the catalogue's own rules (PracticeInput): bad
// records are reported with their number (and CSV/JSON Lines line) and reason, good ones are written.
// Nothing is half-written: good records go in batches, each batch one transaction (practices, their
// organisation links and any organisation created for them); if a batch fails in the database, it
// is rolled back and its records are retried one by one, each in its own transaction, so one record
// the database refuses costs only that record. An organisation is matched by name (case-insensitive)
// or created with `organisationType` (default `other`) and added to the network for a coordinator to
// review. Imported practices are public and published in the network, or drafts with `draft`.

import { ORGANISATION_TYPES, type OrganisationType } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError } from "../../../platform/errors.ts";
import { freeSlugAmong, newId } from "../../../platform/ids.ts";
import { createImportedOrganisations, organisationDirectory } from "../../identity/index.ts";
import { type Problem, readImportFile } from "./import.ts";
import { allPracticeSlugs, insertPracticeOrganisationLinks } from "./repo.ts";
import "./messages.ts";
import { insertPractices, type NewPracticeRow } from "../catalogue/repo.ts";
import { practiceRow } from "../catalogue/service.ts";
import { type PracticeData, PracticeInput } from "../schema.ts";

/** The keys an import record may have (`id` and `url` of an export are accepted and ignored). */
export const IMPORT_KEYS = [
  "title",
  "summary",
  "country",
  "language",
  "problem",
  "solution",
  "results",
  "organisation",
  "organisationType",
  "place",
  "startYear",
  "endYear",
  "themes",
  "website",
] as const;
const REQUIRED = ["title", "summary", "country", "language"] as const;
const IGNORED = new Set(["id", "url"]);
const CANONICAL = new Map<string, string>([...IMPORT_KEYS, ...IGNORED].map((k) => [k.toLowerCase(), k]));

export type ImportFailure = { number: number; line?: number } & Problem;
export type ImportReport = {
  format: "csv" | "jsonl" | "json";
  encoding: "utf-8" | "windows-1252";
  delimiter?: "," | ";";
  records: number;
  imported: number;
  failures: ImportFailure[];
  /** Organisations created for the import, for a coordinator to review. */
  newOrganisations: string[];
  /** Whole-file problem: nothing was imported. */
  fatal?: Problem;
};

type Valid = {
  number: number;
  line?: number;
  data: PracticeData;
  organisation: { name: string; type: OrganisationType } | null;
};

const BATCH = 500;

const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
  if (s === undefined) return undefined;
  const t = s.trim();
  return t === "" ? undefined : t;
};

function year(v: unknown): number | null | "bad" {
  if (typeof v === "number") return Number.isInteger(v) ? v : "bad";
  const t = text(v);
  if (t === undefined) return null;
  return /^\d{4}$/.test(t) ? Number(t) : "bad";
}

function themes(v: unknown): unknown[] | "bad" {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (typeof v !== "string") return "bad";
  return v
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Checks one record against the catalogue's rules; the first problem found is its reason. */
export function checkRecord(
  fields: Record<string, unknown>,
  networkId: string,
): { ok: true; data: PracticeData; organisation: Valid["organisation"] } | { ok: false; problem: Problem } {
  const rec: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    const key = CANONICAL.get(k.trim().toLowerCase());
    if (!key)
      return { ok: false, problem: { key: "import.errors.unknownField", params: { field: k }, field: k } };
    if (!IGNORED.has(key)) rec[key] = v;
  }
  for (const k of REQUIRED)
    if (text(rec[k]) === undefined) return { ok: false, problem: { key: "form.required", field: k } };
  for (const k of IMPORT_KEYS)
    if (k !== "themes" && rec[k] !== undefined && rec[k] !== null && typeof rec[k] === "object")
      return { ok: false, problem: { key: "form.invalid", field: k } };
  const startYear = year(rec.startYear);
  if (startYear === "bad") return { ok: false, problem: { key: "import.errors.year", field: "startYear" } };
  const endYear = year(rec.endYear);
  if (endYear === "bad") return { ok: false, problem: { key: "import.errors.year", field: "endYear" } };
  const themeList = themes(rec.themes);
  if (themeList === "bad")
    return { ok: false, problem: { key: "practices.errors.unknownTheme", field: "themes" } };
  const orgName = text(rec.organisation);
  const orgType = text(rec.organisationType) ?? "other";
  if (!(ORGANISATION_TYPES as readonly string[]).includes(orgType))
    return {
      ok: false,
      problem: { key: "import.errors.orgType", params: { value: orgType }, field: "organisationType" },
    };
  if (orgName && (orgName.length > 200 || /<\s*[a-z!/?]/i.test(orgName)))
    return { ok: false, problem: { key: "form.invalid", field: "organisation" } };
  const parsed = PracticeInput.safeParse({
    title: text(rec.title),
    summary: text(rec.summary),
    country: text(rec.country),
    language: text(rec.language),
    problem: text(rec.problem) ?? null,
    solution: text(rec.solution) ?? null,
    results: text(rec.results) ?? null,
    place: text(rec.place) ?? null,
    startYear,
    endYear,
    themes: themeList,
    website: text(rec.website) ?? null,
    networkId,
    visibility: "public",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "record");
    const key = /^[a-z]+\.[\w.]+$/i.test(issue.message) ? issue.message : "form.invalid";
    const params = "maximum" in issue ? { max: Number(issue.maximum) } : undefined;
    return { ok: false, problem: { key, field, ...(params ? { params } : {}) } };
  }
  return {
    ok: true,
    data: parsed.data,
    organisation: orgName ? { name: orgName, type: orgType as OrganisationType } : null,
  };
}

/** Reads, checks and writes an import file into a network. The caller has authorised the import. */
export async function importPractices(
  deps: Deps,
  o: { networkId: string; bytes: Uint8Array; draft?: boolean; createdBy?: string | null },
): Promise<ImportReport> {
  const file = readImportFile(o.bytes);
  const report: ImportReport = {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    records: file.records.length,
    imported: 0,
    failures: [],
    newOrganisations: [],
    fatal: file.fatal,
  };
  if (file.fatal) return report;
  if (!file.records.length) {
    report.fatal = { key: "import.errors.empty" };
    return report;
  }

  const valid: Valid[] = [];
  for (const r of file.records) {
    if (r.problem || !r.fields) {
      report.failures.push({ number: r.number, line: r.line, ...(r.problem ?? { key: "form.invalid" }) });
      continue;
    }
    const c = checkRecord(r.fields, o.networkId);
    if (c.ok) valid.push({ number: r.number, line: r.line, data: c.data, organisation: c.organisation });
    else report.failures.push({ number: r.number, line: r.line, ...c.problem });
  }

  // What exists already: organisations by lowercase name, slugs of practices and organisations.
  const orgRows = await organisationDirectory(deps);
  const orgs = new Map(orgRows.map((r) => [r.name.trim().toLowerCase(), { id: r.id, type: r.type }]));
  const orgSlugs = new Set(orgRows.map((r) => r.slug));
  const slugs = await allPracticeSlugs(deps.db);
  const status = o.draft ? "draft" : "published";
  const now = deps.clock.now();

  // The slugs this import gives are taken as it goes: two records of one title get -2 and -3.
  const uniqueSlug = (taken: Set<string>, title: string, fallback: string) => {
    const slug = freeSlugAmong(title, fallback, taken);
    taken.add(slug);
    return slug;
  };

  /** Writes records in one transaction; the organisations it created are returned (and kept only on commit). */
  const write = async (batch: Valid[]) => {
    const created: {
      key: string;
      id: string;
      name: string;
      type: OrganisationType;
      slug: string;
      country: string;
    }[] = [];
    const rows: NewPracticeRow[] = [];
    const links: { practice_id: string; organisation_id: string; position: number }[] = [];
    const usedSlugs: string[] = [];
    for (const v of batch) {
      let org: { id: string; type: OrganisationType } | undefined;
      if (v.organisation) {
        const key = v.organisation.name.toLowerCase();
        org = orgs.get(key) ?? created.find((x) => x.key === key);
        if (!org) {
          const n = {
            key,
            id: newId(),
            name: v.organisation.name,
            type: v.organisation.type,
            slug: uniqueSlug(orgSlugs, v.organisation.name, "organisation"),
            country: v.data.country,
          };
          created.push(n);
          org = n;
        }
      }
      const id = newId();
      const slug = uniqueSlug(slugs, v.data.title, "practice");
      usedSlugs.push(slug);
      rows.push(
        practiceRow(v.data, {
          id,
          slug,
          status,
          orgTypes: org ? [org.type] : [],
          createdBy: o.createdBy ?? null,
          now,
        }),
      );
      if (org) links.push({ practice_id: id, organisation_id: org.id, position: 0 });
    }
    try {
      await deps.db.transaction().execute(async (trx) => {
        await createImportedOrganisations(trx, o.networkId, created);
        for (let i = 0; i < rows.length; i += BATCH) await insertPractices(trx, rows.slice(i, i + BATCH));
        for (let i = 0; i < links.length; i += 2000)
          await insertPracticeOrganisationLinks(trx, links.slice(i, i + 2000));
      });
    } catch (err) {
      // Rolled back: forget the slugs it took; its organisations were never created.
      for (const s of usedSlugs) slugs.delete(s);
      for (const n of created) orgSlugs.delete(n.slug);
      throw err;
    }
    for (const n of created) {
      orgs.set(n.key, { id: n.id, type: n.type });
      report.newOrganisations.push(n.name);
    }
    report.imported += batch.length;
  };

  for (let i = 0; i < valid.length; i += BATCH) {
    const batch = valid.slice(i, i + BATCH);
    try {
      await write(batch);
    } catch {
      for (const v of batch) {
        try {
          await write([v]);
        } catch (err) {
          deps.log.warn({ err, record: v.number }, "import: record refused by the database");
          report.failures.push({
            number: v.number,
            line: v.line,
            key: "import.errors.database",
            params: { detail: err instanceof AppError ? err.message : String((err as Error).message ?? err) },
          });
        }
      }
    }
  }
  report.failures.sort((a, b) => a.number - b.number);
  return report;
}

/** One failure as a line of a report: "Record 12 (line 14): title: This field is required." */
export function describeFailure(
  t: (key: string, params?: Record<string, string | number>) => string,
  f: ImportFailure,
) {
  const where =
    f.line !== undefined
      ? t("import.recordLine", { number: f.number, line: f.line })
      : t("import.record", { number: f.number });
  return `${where}: ${f.field ? `${f.field}: ` : ""}${t(f.key, f.params)}`;
}
