// Images and attachments of a practice: checked on their bytes (file-type, via the platform file
// store), stored in the file store, listed on the practice page and served through it (so they are
// as visible as the practice, never more). Coordinators of the owning network and platform admins
// add and remove them; the submission form may call `addMedia` for submitters later.
import { forbidden, invalid, notFound } from "../../platform/errors.ts";
import { checkUpload, IMAGE_TYPES, newFileKey } from "../../platform/files/store.ts";
import type { Deps } from "../../platform/http/context.ts";
import { newId } from "../../platform/ids.ts";
import { type Actor, hasRole } from "../identity/index.ts";
import {
  deleteMediaRow,
  findMedia,
  insertMedia,
  type MediaRow,
  mediaOfPractice,
  nextMediaPosition,
} from "./media.repo.ts";
import type { MediaKind } from "./media.tables.ts";
import type { Practice } from "./practices.service.ts";

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_MEDIA_PER_PRACTICE = 30;

export const ATTACHMENT_TYPES = [
  "application/pdf",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ...IMAGE_TYPES,
] as const;

export type PracticeMedia = {
  id: string;
  kind: MediaKind;
  contentType: string;
  byteSize: number;
  filename: string;
  title: string | null;
  alt: string | null;
  /** Path of the file on this instance (relative). */
  path: string;
};

export const mediaPath = (slug: string, id: string) => `/practices/${slug}/media/${id}`;

const toMedia = (slug: string, r: MediaRow): PracticeMedia => ({
  id: r.id,
  kind: r.kind,
  contentType: r.content_type,
  byteSize: r.byte_size,
  filename: r.filename,
  title: r.title,
  alt: r.alt,
  path: mediaPath(slug, r.id),
});

export function canManageMedia(actor: Actor | null, p: Pick<Practice, "networkId">): boolean {
  if (!actor) return false;
  return actor.isAdmin || hasRole(actor, p.networkId, "coordinator");
}

export async function mediaOf(deps: Deps, p: Pick<Practice, "id" | "slug">): Promise<PracticeMedia[]> {
  return (await mediaOfPractice(deps.db, p.id)).map((r) => toMedia(p.slug, r));
}

/** A file name fit for a Content-Disposition header and a page: letters, digits, `.-_ ` only. */
export function cleanFilename(name: string, mime: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.\- ]+/g, "_")
    .replace(/^[.\s]+/, "")
    .slice(-150)
    .trim();
  return cleaned || `file.${mime.split("/")[1]?.split(".").pop() ?? "bin"}`;
}

export type MediaUpload = {
  kind: MediaKind;
  bytes: Uint8Array;
  filename: string;
  title?: string | undefined;
  alt?: string | undefined;
};

const NO_HTML = /<\s*[a-z!/?]/i;

/** Checks and stores one image or attachment. Field errors carry catalogue keys. */
export async function addMedia(
  deps: Deps,
  actor: Actor | null,
  p: Practice,
  u: MediaUpload,
): Promise<string> {
  if (!canManageMedia(actor, p)) throw forbidden();
  return storeMedia(deps, p, u, actor?.id ?? null);
}

/** `addMedia` without the permission check, for callers that authorise themselves (demo data, import). */
export async function storeMedia(
  deps: Deps,
  p: Pick<Practice, "id">,
  u: MediaUpload,
  createdBy: string | null,
): Promise<string> {
  const title = u.title?.trim() || null;
  const alt = u.alt?.trim() || null;
  const errors = [];
  if (u.kind === "image" && !alt) errors.push({ field: "alt", message: "practices.media.altRequired" });
  if (alt && (alt.length > 300 || NO_HTML.test(alt)))
    errors.push({ field: "alt", message: "practices.media.altInvalid" });
  if (title && (title.length > 200 || NO_HTML.test(title)))
    errors.push({ field: "title", message: "practices.media.titleInvalid" });
  if (errors.length) throw invalid(errors);
  if ((await mediaOfPractice(deps.db, p.id)).length >= MAX_MEDIA_PER_PRACTICE)
    throw invalid([{ field: "file", message: "practices.media.tooMany" }]);
  const rule =
    u.kind === "image"
      ? { maxBytes: IMAGE_MAX_BYTES, allowed: IMAGE_TYPES }
      : { maxBytes: ATTACHMENT_MAX_BYTES, allowed: ATTACHMENT_TYPES };
  const mime = await checkUpload(u.bytes, rule);
  const key = newFileKey("practices", mime);
  await deps.files.put(key, u.bytes, mime);
  const id = newId();
  try {
    await insertMedia(deps.db, {
      id,
      practice_id: p.id,
      kind: u.kind,
      file_key: key,
      content_type: mime,
      byte_size: u.bytes.byteLength,
      filename: cleanFilename(u.filename, mime),
      title,
      alt: u.kind === "image" ? alt : null,
      position: await nextMediaPosition(deps.db, p.id),
      created_by: createdBy,
      created_at: deps.clock.now(),
    });
  } catch (err) {
    // Nothing half-stored: a row that could not be written leaves no orphan file.
    await deps.files.delete(key).catch(() => undefined);
    throw err;
  }
  return id;
}

export async function removeMedia(deps: Deps, actor: Actor | null, p: Practice, id: string) {
  if (!canManageMedia(actor, p)) throw forbidden();
  const row = UUID.test(id) ? await findMedia(deps.db, p.id, id) : undefined;
  if (!row) throw notFound();
  await deleteMediaRow(deps.db, row.id);
  await deps.files.delete(row.file_key);
}

/** The stored file of one of the practice's media (the caller has checked the practice is visible). */
export async function mediaFile(deps: Deps, p: Practice, id: string) {
  const row = UUID.test(id) ? await findMedia(deps.db, p.id, id) : undefined;
  const file = row ? await deps.files.get(row.file_key) : undefined;
  if (!row || !file) throw notFound();
  return { media: toMedia(p.slug, row), bytes: file.bytes };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
