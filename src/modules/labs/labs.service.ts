// Labs: creating one in a network, reading one or the list as a viewer may see them, and the direct
// member writes that fixtures and admin tools set a lab up with.

import { type Actor, actorOf, type Caller } from "../../platform/auth/index.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { firstFreeSlug, isUuid, newId } from "../../platform/ids.ts";
import { networkById } from "../identity/index.ts";
import type { LabRow } from "./labs.repo.ts";
import {
  addLabMember,
  allLabs,
  findLabById,
  findLabBySlug,
  insertLab,
  labMembers,
  labSlugsStartingWith,
} from "./labs.repo.ts";
import type { Lab } from "./labs.types.ts";
import { toLab } from "./mappers.ts";
import { addLabOrganisation } from "./members/repo.ts";
import { can, canSeeLab } from "./policy.ts";
import { LabInput } from "./schema.ts";
import { parseOr422 } from "./validate.ts";

async function withMembers(deps: Deps, rows: LabRow[]): Promise<Lab[]> {
  const members = await labMembers(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toLab(
      r,
      members.filter((m) => m.lab_id === r.id),
    ),
  );
}

/**
 * Creates a lab in a network (validated); the creator becomes its first facilitator. Given `deps`
 * whose `db` is a transaction, it writes in that transaction (the caller commits or rolls back).
 */
export async function createLab(
  deps: Deps,
  caller: Caller | null,
  networkId: string,
  input: unknown,
): Promise<Lab> {
  await networkById(deps, networkId);
  if (!can(caller, "create", { networkId })) throw notFound();
  const actor = actorOf(caller);
  const d = parseOr422(LabInput, input);
  const id = newId();
  const now = deps.clock.now();
  const slug = await firstFreeSlug(d.title, "lab", (base) => labSlugsStartingWith(deps.db, base));
  const write = async (trx: Db) => {
    await insertLab(trx, {
      id,
      network_id: networkId,
      slug,
      title: d.title,
      theme: d.theme,
      objectives: d.objectives,
      sub_themes: d.subThemes,
      description: d.description,
      period_start: d.periodStart,
      period_end: d.periodEnd,
      venue: d.venue,
      visibility: d.visibility,
      created_by: actor?.id ?? null,
      created_at: now,
      updated_at: now,
    });
    if (actor) await addLabMember(trx, id, actor.id, "facilitator");
  };
  // Inside the caller's transaction when it runs in one: learning's cohort form makes a lab and the
  // cohort that uses it together, or neither.
  if (deps.db.isTransaction) await write(deps.db);
  else await deps.db.transaction().execute(write);
  return loadLab(deps, id);
}

/** A lab regardless of who asks (for services that authorise themselves); 404 if missing. */
export async function loadLab(deps: Deps, idOrSlug: string): Promise<Lab> {
  const row = isUuid(idOrSlug)
    ? await findLabById(deps.db, idOrSlug)
    : await findLabBySlug(deps.db, idOrSlug);
  if (!row) throw notFound();
  const [lab] = await withMembers(deps, [row]);
  return lab!;
}

/** A lab as `caller` may see it (SYSTEM: any lab): 404 when not visible. */
export async function getLab(deps: Deps, caller: Caller | null, idOrSlug: string): Promise<Lab> {
  const lab = await loadLab(deps, idOrSlug);
  if (!can(caller, "see", lab)) throw notFound();
  return lab;
}

/**
 * The labs `actor` may see, newest first. Filtering happens here with the policy: a network has a
 * handful of labs, so this stays small; a SQL filter like the practices search would replace it at scale.
 */
export async function listLabs(
  deps: Deps,
  actor: Actor | null,
  o: { networkId?: string } = {},
): Promise<Lab[]> {
  const labs = await withMembers(deps, await allLabs(deps.db, o.networkId));
  return labs.filter((l) => canSeeLab(actor, l));
}

/**
 * Puts a person in the lab directly with `role` (one already in it takes the new role): no policy, no
 * audit entry. Test fixtures and admin tools use it; people join through invitations and curators
 * (members/service.ts).
 */
export async function addMember(
  deps: Deps,
  labId: string,
  accountId: string,
  role: "facilitator" | "member",
) {
  await addLabMember(deps.db, labId, accountId, role);
}

/**
 * Puts an organisation in the lab directly: no policy, no network check, no audit entry. Test
 * fixtures and admin tools use it to set up a lab as it already is; curators go through
 * addOrganisationToLab (members/service.ts), which checks and audits.
 */
export const addOrganisation = (deps: Deps, labId: string, organisationId: string): Promise<void> =>
  addLabOrganisation(deps.db, labId, organisationId);
