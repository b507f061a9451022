// Taking a person or an organisation out of a lab: curators only, audited (lab.person-removed,
// lab.organisation-removed) in the same transaction. Nothing else goes with them: the materials a
// person added and an organisation's action plan stay; inviting them again brings them back.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { audit } from "../../identity/index.ts";
import type { Lab } from "../labs.types.ts";
import { canCurateLab, canSeeLab } from "../policy.ts";
import { removeLabOrganisation, removePersonFromLab } from "./repo.ts";
import "../messages.audit.ts";
import { isUuid } from "../../../platform/ids.ts";

export async function removeFromLab(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
  what: "person" | "organisation",
  id: string,
): Promise<void> {
  if (!canSeeLab(actor, lab)) throw notFound();
  if (!actor || !canCurateLab(actor, lab)) throw forbidden();
  if (!isUuid(id)) throw notFound();
  await deps.db.transaction().execute(async (trx) => {
    const removed =
      what === "person"
        ? await removePersonFromLab(trx, lab.id, id)
        : await removeLabOrganisation(trx, lab.id, id);
    // Not in the lab (or taken out meanwhile by another curator): nothing to remove.
    if (!removed) throw notFound();
    await audit(trx, {
      actorId: actor.id,
      action: what === "person" ? "lab.person-removed" : "lab.organisation-removed",
      networkId: lab.networkId,
      ...(what === "person" ? { subjectId: id } : { organisationId: id }),
      details: { lab: lab.title, labId: lab.id },
      at: deps.clock.now(),
    });
  });
}
