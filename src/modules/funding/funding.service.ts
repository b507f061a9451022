// Funding calls: creating and editing them in a network, reading one or the lists as a viewer may
// see them, and the calls linked to a practice. Validation (schema.ts) happens here so every caller
// gets the same rules.

import {
  type Actor,
  actorOf,
  type Caller,
  type OrganisationType,
  SYSTEM,
} from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { invalid, notFound } from "../../platform/errors.ts";
import { firstFreeSlug, isUuid, newId } from "../../platform/ids.ts";
import { networkById } from "../identity/index.ts";
import { getPractice, loadPractice } from "../practices/index.ts";
import {
  allCalls,
  type CallRow,
  callPracticeIds,
  callSlugsStartingWith,
  callsOfPractice,
  findCallById,
  findCallBySlug,
  insertCall,
  setCallPractices,
  updateCallRow,
} from "./funding.repo.ts";
import { can } from "./policy.ts";
import { type CallData, CallInput } from "./schema.ts";
import type { CallVisibility, Programme } from "./tables.ts";

export type FundingCall = {
  id: string;
  slug: string;
  title: string;
  programme: Programme;
  summary: string;
  deadline: Date;
  timeZone: string;
  eligibleBodies: OrganisationType[];
  budgetEur: number | null;
  url: string;
  networkId: string;
  visibility: CallVisibility;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toCall(r: CallRow): FundingCall {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    programme: r.programme,
    summary: r.summary,
    deadline: r.deadline,
    timeZone: r.time_zone,
    eligibleBodies: r.eligible_bodies,
    budgetEur: r.budget_eur === null ? null : Number(r.budget_eur),
    url: r.url,
    networkId: r.network_id,
    visibility: r.visibility,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function parse(input: unknown): CallData {
  const r = CallInput.safeParse(input);
  if (r.success) return r.data;
  throw invalid(
    r.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "body", message: i.message })),
  );
}

/** Practices named by id or slug → their ids; each must exist and be visible to the caller. */
async function resolvePractices(deps: Deps, caller: Caller, refs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    const p =
      caller === SYSTEM
        ? await loadPractice(deps, ref).catch(() => null)
        : await getPractice(deps, caller, ref).catch(() => null);
    if (!p) throw invalid([{ field: "practices", message: "funding.errors.unknownPractice" }]);
    ids.push(p.id);
  }
  return [...new Set(ids)];
}

function authorise(caller: Caller | null, networkId: string) {
  if (!can(caller, "manage", { networkId })) throw notFound();
}

/** Creates a call in a network (coordinators and admins), with its linked practices. */
export async function createCall(
  deps: Deps,
  caller: Caller | null,
  networkId: string,
  input: unknown,
): Promise<FundingCall> {
  await networkById(deps, networkId);
  authorise(caller, networkId);
  const d = parse(input);
  const practiceIds = await resolvePractices(deps, caller!, d.practices);
  const id = newId();
  const now = deps.clock.now();
  const slug = await firstFreeSlug(d.title, "call", (base) => callSlugsStartingWith(deps.db, base));
  await deps.db.transaction().execute(async (trx) => {
    await insertCall(trx, {
      id,
      slug,
      title: d.title,
      programme: d.programme,
      summary: d.summary,
      deadline: d.deadline,
      time_zone: d.timeZone,
      eligible_bodies: [...new Set(d.eligibleBodies)],
      budget_eur: d.budgetEur,
      url: d.url,
      network_id: networkId,
      visibility: d.visibility,
      created_by: actorOf(caller)?.id ?? null,
      created_at: now,
      updated_at: now,
    });
    await setCallPractices(trx, id, practiceIds);
  });
  return loadCall(deps, id);
}

/** Replaces a call's fields and links (the edit form sends the whole record). */
export async function updateCall(
  deps: Deps,
  caller: Caller | null,
  idOrSlug: string,
  input: unknown,
): Promise<FundingCall> {
  const current = await loadCall(deps, idOrSlug);
  if (!can(caller, "see", current)) throw notFound();
  authorise(caller, current.networkId);
  const d = parse(input);
  const practiceIds = await resolvePractices(deps, caller!, d.practices);
  await deps.db.transaction().execute(async (trx) => {
    await updateCallRow(trx, current.id, {
      title: d.title,
      programme: d.programme,
      summary: d.summary,
      deadline: d.deadline,
      time_zone: d.timeZone,
      eligible_bodies: [...new Set(d.eligibleBodies)],
      budget_eur: d.budgetEur,
      url: d.url,
      visibility: d.visibility,
      updated_at: deps.clock.now(),
    });
    await setCallPractices(trx, current.id, practiceIds);
  });
  return loadCall(deps, current.id);
}

/** A call regardless of who asks; 404 if missing. */
export async function loadCall(deps: Deps, idOrSlug: string): Promise<FundingCall> {
  const row = isUuid(idOrSlug)
    ? await findCallById(deps.db, idOrSlug)
    : await findCallBySlug(deps.db, idOrSlug);
  if (!row) throw notFound();
  return toCall(row);
}

/** A call as `actor` may see it: 404 when not visible. */
export async function getCall(deps: Deps, actor: Actor | null, idOrSlug: string): Promise<FundingCall> {
  const call = await loadCall(deps, idOrSlug);
  if (!can(actor, "see", call)) throw notFound();
  return call;
}

/**
 * The calls `actor` may see: open ones (deadline not yet passed) soonest first, past ones most
 * recent first. A network keeps a handful of calls, so the policy filters in memory.
 */
export async function listCalls(
  deps: Deps,
  actor: Actor | null,
  o: { networkId?: string } = {},
): Promise<{ open: FundingCall[]; past: FundingCall[] }> {
  const now = deps.clock.now().getTime();
  const calls = (await allCalls(deps.db, o)).map(toCall).filter((c) => can(actor, "see", c));
  return {
    open: calls.filter((c) => c.deadline.getTime() >= now),
    past: calls.filter((c) => c.deadline.getTime() < now).reverse(),
  };
}

/** Public calls of a network (open data), by deadline. */
export async function publicCallsOfNetwork(deps: Deps, networkId: string): Promise<FundingCall[]> {
  return (await allCalls(deps.db, { networkId, publicOnly: true })).map(toCall);
}

/** The practices linked to a call that `actor` may see (ids and what a page shows of them). */
export async function linkedPractices(deps: Deps, actor: Actor | null, call: FundingCall) {
  const out: { id: string; slug: string; title: string }[] = [];
  for (const id of await callPracticeIds(deps.db, call.id)) {
    const p = await getPractice(deps, actor, id).catch(() => null);
    if (p) out.push({ id: p.id, slug: p.slug, title: p.title });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * The funding calls linked to a practice that `actor` may see, soonest deadline first — for the
 * practice page (the caller has already checked the practice itself is visible).
 */
export async function fundingCallsForPractice(
  deps: Deps,
  actor: Actor | null,
  practiceId: string,
): Promise<FundingCall[]> {
  return (await callsOfPractice(deps.db, practiceId)).map(toCall).filter((c) => can(actor, "see", c));
}
