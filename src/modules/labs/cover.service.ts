// A lab's cover image: an image checked on its content, always with a text alternative (required
// whenever there is an image, WCAG 1.1.1). Set by the lab's curators; seen by whoever sees the lab.
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { checkUpload, IMAGE_TYPES, newFileKey } from "../../platform/files/store.ts";
import type { Deps } from "../../platform/http/context.ts";
import type { Actor } from "../identity/index.ts";
import { deleteCover, findCover, upsertCover } from "./cover.repo.ts";
import { canCurateLab } from "./lab-members.policy.ts";
import type { Lab } from "./labs.types.ts";
import { dropNul } from "./materials.text.ts";
import { type Caller, canSeeLab, SYSTEM } from "./policy.ts";

export const COVER_MAX_BYTES = 3 * 1024 * 1024;

export type Cover = { url: string; alt: string };

const coverUrl = (lab: Lab, key: string) => `/labs/${lab.slug}/cover/${key.split("/").pop()}`;

/** The cover as a page shows it, or null; the caller has checked that the lab is visible. */
export async function coverOf(deps: Deps, lab: Lab): Promise<Cover | null> {
  const row = await findCover(deps.db, lab.id);
  return row ? { url: coverUrl(lab, row.file_key), alt: row.alt } : null;
}

const fieldError = (status: number, field: string, key: string) =>
  new AppError(status, "validation-failed", "form.invalid", [{ field, message: key }]);

/** Sets, replaces, re-describes or removes the cover. */
export async function updateCover(
  deps: Deps,
  caller: Caller | null,
  lab: Lab,
  input: { image: Uint8Array | null; alt: string; remove: boolean },
): Promise<void> {
  const actor = caller === SYSTEM ? null : caller;
  if (caller !== SYSTEM && !canSeeLab(actor, lab)) throw notFound();
  if (caller !== SYSTEM && !canCurateLab(actor, lab)) throw forbidden();
  const old = await findCover(deps.db, lab.id);
  if (input.remove && !input.image) {
    await deleteCover(deps.db, lab.id);
    if (old) await deps.files.delete(old.file_key);
    return;
  }
  const alt = dropNul(input.alt).trim();
  if (!input.image && !old) throw fieldError(422, "image", "labs.cover.errors.imageRequired");
  if (!alt) throw fieldError(422, "alt", "labs.cover.errors.altRequired");
  if (alt.length > 300) throw fieldError(422, "alt", "labs.cover.errors.altTooLong");
  let key = old?.file_key ?? "";
  let type = old?.content_type ?? "";
  if (input.image) {
    try {
      type = await checkUpload(input.image, { maxBytes: COVER_MAX_BYTES, allowed: IMAGE_TYPES });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const k = err.status === 413 ? "labs.cover.errors.tooLarge" : "labs.cover.errors.wrongType";
      throw fieldError(err.status === 413 ? 413 : 422, "image", k);
    }
    key = newFileKey("lab-covers", type);
    await deps.files.put(key, input.image, type);
  }
  try {
    await upsertCover(deps.db, {
      labId: lab.id,
      fileKey: key,
      contentType: type,
      alt,
      by: actor?.id ?? null,
      now: deps.clock.now(),
    });
  } catch (err) {
    if (input.image) await deps.files.delete(key).catch(() => undefined);
    throw err;
  }
  if (old && old.file_key !== key) await deps.files.delete(old.file_key);
}

/** The image bytes, only under the lab's current cover name and for those who see the lab. */
export async function coverImage(deps: Deps, actor: Actor | null, lab: Lab, name: string) {
  if (!canSeeLab(actor, lab)) throw notFound();
  const row = await findCover(deps.db, lab.id);
  if (!row || row.file_key !== `lab-covers/${name}`) throw notFound();
  const file = await deps.files.get(row.file_key);
  if (!file) throw notFound();
  return file;
}
