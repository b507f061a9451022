// Deleting a lab's material: curators may delete any, the person who added one their own. The row and
// its audit entry are written in one transaction; the stored files (the document or video, and the
// captions) are removed only after the commit, so a failed delete never leaves a row without its file.
// A file the store then fails to remove is logged: an orphan file is harmless, a lost row is not.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { thumbnailKey } from "../../../platform/images/store.ts";
import { audit } from "../../identity/index.ts";
import type { Lab } from "../labs.types.ts";
import { canDeleteMaterial } from "../policy.ts";
import { deleteMaterialRow } from "./repo.ts";
import { getMaterial, type Material } from "./service.ts";
import "../messages.audit.ts";

/** The material `actor` may delete (404 when they cannot see it, 403 when they may not delete it). */
export async function deletableMaterial(deps: Deps, actor: Actor | null, lab: Lab, id: string) {
  const m = await getMaterial(deps, actor, lab, id);
  if (!canDeleteMaterial(actor, lab, m)) throw forbidden();
  return m;
}

export async function deleteMaterial(deps: Deps, actor: Actor, lab: Lab, id: string): Promise<Material> {
  const m = await deletableMaterial(deps, actor, lab, id);
  const now = deps.clock.now();
  const files = await deps.db.transaction().execute(async (trx) => {
    const row = await deleteMaterialRow(trx, lab.id, m.id);
    // Deleted meanwhile (a second click, another curator): there is nothing left to delete.
    if (!row) throw notFound();
    await audit(trx, {
      actorId: actor.id,
      action: "lab.material-deleted",
      networkId: lab.networkId,
      details: {
        lab: lab.title,
        labId: lab.id,
        title: m.title,
        materialId: m.id,
        kind: m.kind,
        addedBy: m.createdByName,
      },
      at: now,
    });
    const thumbnail =
      row.file_key && row.content_type?.startsWith("image/") ? thumbnailKey(row.file_key) : null;
    return [row.file_key, thumbnail, row.captions_key].filter((k): k is string => Boolean(k));
  });
  for (const key of files)
    await deps.files.delete(key).catch((err: unknown) => {
      deps.log.error({ err, key, materialId: m.id }, "a deleted material's file could not be removed");
    });
  return m;
}
