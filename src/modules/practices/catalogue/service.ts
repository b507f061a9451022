// Creating, editing and reading practices. Validation (schema.ts) happens here so every caller —
// form, API, import, demo data — gets the same rules; authorisation of *who may create or moderate*
// belongs to the submission/moderation services built on top of these verbs.

import type { Actor, OrganisationType } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, invalid, notFound, parseOrInvalid } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { firstFreeSlug, isUuid, newId } from "../../../platform/ids.ts";
import { networkById, organisationById } from "../../identity/index.ts";
import { practiceRef } from "../events.ts";
import { canReadContact, canReadPractice } from "../policy.ts";
import { type PracticeData, PracticeInput, PracticePatch } from "../schema.ts";
import type { PracticeStatus } from "../tables.ts";
import {
  findPracticeById,
  findPracticeBySlug,
  insertPractices,
  type NewPracticeRow,
  type PracticeRow,
  practiceOrganisationIds,
  practiceParticipantIds,
  setPracticeOrganisations,
  setPracticeParticipants,
  slugsStartingWith,
  updatePracticeRow,
} from "./repo.ts";
import type { Practice } from "./types.ts";

export type { Practice } from "./types.ts";

function toPractice(r: PracticeRow, organisationIds: string[], participantIds: string[]): Practice {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    place: r.place,
    country: r.country,
    startYear: r.start_year,
    endYear: r.end_year,
    problem: r.problem,
    solution: r.solution,
    resources: r.resources,
    results: r.results,
    transferability: r.transferability,
    lessons: r.lessons,
    contact: r.contact,
    contactGiven: r.contact !== null,
    website: r.website,
    links: r.links,
    themes: r.themes,
    organisationTypes: r.org_types,
    organisationIds,
    participantIds,
    language: r.language,
    licence: r.licence,
    networkId: r.network_id,
    visibility: r.visibility,
    status: r.status,
    publishedAt: r.published_at,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Checks the organisations and network exist (through identity's services) and returns the types. */
async function resolveRefs(deps: Deps, d: { organisationIds?: string[]; networkId?: string | null }) {
  const types = new Set<OrganisationType>();
  for (const id of d.organisationIds ?? []) {
    const org = await organisationById(deps, id).catch(() => null);
    if (!org) throw invalid([{ field: "organisationIds", message: "practices.errors.unknownOrganisation" }]);
    types.add(org.type);
  }
  if (d.networkId && !(await networkById(deps, d.networkId).catch(() => null)))
    throw invalid([{ field: "networkId", message: "practices.errors.unknownNetwork" }]);
  return [...types];
}

/** The row for a validated record (also used by bulk loaders: import, demo data, the benchmark). */
export function practiceRow(
  d: PracticeData,
  extra: {
    id: string;
    slug: string;
    status: PracticeStatus;
    orgTypes: OrganisationType[];
    createdBy: string | null;
    now: Date;
  },
): NewPracticeRow {
  return {
    id: extra.id,
    slug: extra.slug,
    title: d.title,
    summary: d.summary,
    place: d.place ?? null,
    country: d.country,
    start_year: d.startYear ?? null,
    end_year: d.endYear ?? null,
    problem: d.problem ?? null,
    solution: d.solution ?? null,
    resources: d.resources ?? null,
    results: d.results ?? null,
    transferability: d.transferability ?? null,
    lessons: d.lessons ?? null,
    contact: d.contact ?? null,
    website: d.website ?? null,
    links: JSON.stringify(d.links),
    themes: [...new Set(d.themes)],
    org_types: extra.orgTypes,
    language: d.language,
    licence: d.licence,
    network_id: d.networkId ?? null,
    visibility: d.visibility,
    status: extra.status,
    published_at: extra.status === "published" ? extra.now : null,
    created_by: extra.createdBy,
    created_at: extra.now,
    updated_at: extra.now,
  };
}

/** Stores a new practice (validated), with its organisations and participants, in one transaction. */
export async function createPractice(
  deps: Deps,
  input: unknown,
  opts: { createdBy?: string | null; status?: PracticeStatus } = {},
): Promise<Practice> {
  const d = parseOrInvalid(PracticeInput, input);
  const orgTypes = await resolveRefs(deps, d);
  const id = newId();
  const row = practiceRow(d, {
    id,
    slug: await firstFreeSlug(d.title, "practice", (base) => slugsStartingWith(deps.db, base)),
    status: opts.status ?? "draft",
    orgTypes,
    createdBy: opts.createdBy ?? null,
    now: deps.clock.now(),
  });
  await deps.db.transaction().execute(async (trx) => {
    await insertPractices(trx, [row]);
    await setPracticeOrganisations(trx, id, d.organisationIds);
    await setPracticeParticipants(trx, id, d.participantIds);
  });
  return loadPractice(deps, id);
}

/** Changes some fields of a practice (validated as a whole after the change). */
export async function updatePractice(deps: Deps, id: string, patch: unknown): Promise<Practice> {
  const parsed = parseOrInvalid(PracticePatch, patch);
  // `.partial()` still fills defaults (links, themes…): keep only the keys the caller sent.
  const sent = new Set(Object.keys(patch as object));
  const p = Object.fromEntries(Object.entries(parsed).filter(([k]) => sent.has(k))) as Partial<PracticeData>;
  const current = await loadPractice(deps, id);
  const merged = parseOrInvalid(PracticeInput, { ...inputOf(current), ...p });
  const orgTypes = await resolveRefs(deps, merged);
  const row = practiceRow(merged, {
    id,
    slug: current.slug,
    status: current.status,
    orgTypes,
    createdBy: current.createdBy,
    now: deps.clock.now(),
  });
  const { id: _id, created_at: _c, created_by: _b, published_at: _p, slug: _s, ...changes } = row;
  await deps.db.transaction().execute(async (trx) => {
    await updatePracticeRow(trx, id, changes);
    if (p.organisationIds) await setPracticeOrganisations(trx, id, merged.organisationIds);
    if (p.participantIds) await setPracticeParticipants(trx, id, merged.participantIds);
  });
  return loadPractice(deps, id);
}

/**
 * Moves a practice to a status; publishing stamps `published_at` (kept on later edits) and emits
 * `practices.practice.published` in the same transaction (a coordinator's direct publication through
 * the API: moderation's decisions move the status themselves, workflow/moderation.service.ts).
 */
export async function setPracticeStatus(deps: Deps, id: string, status: PracticeStatus): Promise<Practice> {
  const current = await loadPractice(deps, id);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await updatePracticeRow(trx, id, {
      status,
      updated_at: now,
      ...(status === "published" && !current.publishedAt ? { published_at: now } : {}),
    });
    if (status === "published" && current.status !== "published")
      await emit(deps, trx, "practices.practice.published", practiceRef(current));
  });
  return loadPractice(deps, id);
}

/** A practice's record as the services accept it (to change some fields and validate the whole). */
export function inputOf(p: Practice): PracticeData {
  return {
    title: p.title,
    summary: p.summary,
    place: p.place,
    country: p.country,
    startYear: p.startYear,
    endYear: p.endYear,
    problem: p.problem,
    solution: p.solution,
    resources: p.resources,
    results: p.results,
    transferability: p.transferability,
    lessons: p.lessons,
    contact: p.contact,
    website: p.website,
    links: p.links,
    themes: p.themes,
    language: p.language,
    licence: p.licence,
    networkId: p.networkId,
    visibility: p.visibility,
    organisationIds: p.organisationIds,
    participantIds: p.participantIds,
  };
}

/** A practice regardless of who asks (for services that authorise themselves). 404 if missing. */
export async function loadPractice(deps: Deps, idOrSlug: string): Promise<Practice> {
  const row = isUuid(idOrSlug)
    ? await findPracticeById(deps.db, idOrSlug)
    : await findPracticeBySlug(deps.db, idOrSlug);
  if (!row) throw notFound();
  const [orgs, people] = await Promise.all([
    practiceOrganisationIds(deps.db, row.id),
    practiceParticipantIds(deps.db, row.id),
  ]);
  return toPractice(row, orgs, people);
}

/** A practice as `actor` may see it: 404 when not visible, contact removed for anonymous callers. */
export async function getPractice(deps: Deps, actor: Actor | null, idOrSlug: string): Promise<Practice> {
  const p = await loadPractice(deps, idOrSlug);
  if (!canReadPractice(actor, p)) throw notFound();
  return canReadContact(actor) ? p : { ...p, contact: null };
}

export { AppError };
