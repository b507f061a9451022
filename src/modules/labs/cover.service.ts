// A lab's cover image: through the image pipeline (platform/images: a metadata-free JPEG, refusals
// named), always with a text alternative (required whenever there is an image, WCAG 1.1.1). Set by the lab's curators; seen by whoever sees the lab.

import { type Actor, actorOf, type Caller } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { ImageRefused } from "../../platform/images/pipeline.ts";
import { deleteImage, storeImage } from "../../platform/images/store.ts";
import { coversOfLabs, deleteCover, findCover, upsertCover } from "./cover.repo.ts";
import type { Lab } from "./labs.types.ts";
import { dropNul } from "./materials/text.ts";
import { can, canSeeLab } from "./policy.ts";

export const COVER_MAX_BYTES = 3 * 1024 * 1024;

export type Cover = { url: string; alt: string };

const coverUrl = (lab: Lab, key: string) => `/labs/${lab.slug}/cover/${key.split("/").pop()}`;

/** The cover as a page shows it, or null; the caller has checked that the lab is visible. */
export async function coverOf(deps: Deps, lab: Lab): Promise<Cover | null> {
  const row = await findCover(deps.db, lab.id);
  return row ? { url: coverUrl(lab, row.file_key), alt: row.alt } : null;
}

/** The covers of labs the caller may see (lab id → cover), in one query: the labs list. */
export async function coversOf(deps: Deps, labs: Lab[]): Promise<Map<string, Cover>> {
  const rows = await coversOfLabs(
    deps.db,
    labs.map((l) => l.id),
  );
  const bySlug = new Map(labs.map((l) => [l.id, l]));
  return new Map(
    rows.map((r) => [r.lab_id, { url: coverUrl(bySlug.get(r.lab_id)!, r.file_key), alt: r.alt }]),
  );
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
  const actor = actorOf(caller);
  if (!can(caller, "see", lab)) throw notFound();
  if (!can(caller, "curate", lab)) throw forbidden();
  const old = await findCover(deps.db, lab.id);
  if (input.remove && !input.image) {
    await deleteCover(deps.db, lab.id);
    if (old) await deleteImage(deps.files, old.file_key);
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
      ({ key, contentType: type } = await storeImage(deps.files, "lab-covers", input.image, {
        maxBytes: COVER_MAX_BYTES,
      }));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // Too many bytes and an empty file keep the cover's own words; the pipeline's refusals say why.
      if (err instanceof ImageRefused && err.reason !== "too-large") throw err.onField("image");
      const k = err.status === 413 ? "labs.cover.errors.tooLarge" : "labs.cover.errors.wrongType";
      throw fieldError(err.status === 413 ? 413 : 422, "image", k);
    }
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
    if (input.image) await deleteImage(deps.files, key).catch(() => undefined);
    throw err;
  }
  if (old && old.file_key !== key) await deleteImage(deps.files, old.file_key);
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
