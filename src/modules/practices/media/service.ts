// Images and attachments of a practice: checked on their bytes (file-type, via the platform file
// store), stored in the file store, listed on the practice page and served through it (so they are
// as visible as the practice, never more). Every picture, an image or an attachment that is one,
// goes through the image pipeline (platform/images): stored as a metadata-free JPEG, GPS and all gone. Coordinators of the owning network and platform admins
// add and remove them; submitters add theirs with the form (media/pending.ts, and `storeMedia` on the
// page of the "changes requested" link).

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { forbidden, invalid, notFound } from "../../../platform/errors.ts";
import { checkUpload, IMAGE_TYPES, newFileKey } from "../../../platform/files/store.ts";
import { isUuid, newId } from "../../../platform/ids.ts";
import { ImageRefused } from "../../../platform/images/pipeline.ts";
import { deleteImage, jpegFileName, storeImage } from "../../../platform/images/store.ts";
import type { Practice } from "../catalogue/service.ts";
import { checkFiguresCsv, isCsvName } from "../open-data/figures.csv.ts";
import { can } from "../policy.ts";
import {
  deleteMediaRow,
  findMedia,
  insertMedia,
  type MediaRow,
  mediaOfPractice,
  nextMediaPosition,
} from "./repo.ts";
import type { MediaKind } from "./tables.ts";

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

export const canManageMedia = (actor: Actor | null, p: Pick<Practice, "networkId">): boolean =>
  can(actor, "manage-media", p);

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

/**
 * Stores an upload: a picture through the image pipeline (which checks its type, naming HEIC), any
 * other attachment as it came, after the file store's check of its type.
 */
async function putUpload(deps: Deps, u: MediaUpload, rule: { maxBytes: number; allowed: readonly string[] }) {
  // A CSV attachment is a figures table (shown as a chart): checked by parsing, not by magic bytes.
  if (u.kind === "attachment" && isCsvName(u.filename)) {
    const mime = checkFiguresCsv(u.bytes);
    const key = newFileKey("practices", mime);
    await deps.files.put(key, u.bytes, mime);
    return { key, mime, size: u.bytes.byteLength, filename: u.filename };
  }
  try {
    const mime = u.kind === "image" ? null : await checkUpload(u.bytes, rule);
    if (mime === null || mime.startsWith("image/")) {
      const image = await storeImage(deps.files, "practices", u.bytes, { maxBytes: rule.maxBytes });
      return {
        key: image.key,
        mime: image.contentType,
        size: image.byteSize,
        filename: jpegFileName(u.filename),
      };
    }
    const key = newFileKey("practices", mime);
    await deps.files.put(key, u.bytes, mime);
    return { key, mime, size: u.bytes.byteLength, filename: u.filename };
  } catch (err) {
    if (err instanceof ImageRefused) throw err.onField("file");
    throw err;
  }
}

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
  checkMediaText(u);
  if ((await mediaOfPractice(deps.db, p.id)).length >= MAX_MEDIA_PER_PRACTICE)
    throw invalid([{ field: "file", message: "practices.media.tooMany" }]);
  return withStoredFile(deps, u, async (stored, id) =>
    insertMedia(deps.db, {
      id,
      practice_id: p.id,
      kind: u.kind,
      file_key: stored.key,
      content_type: stored.mime,
      byte_size: stored.size,
      filename: stored.filename,
      title: stored.title,
      alt: stored.alt,
      position: await nextMediaPosition(deps.db, p.id),
      created_by: createdBy,
      created_at: deps.clock.now(),
    }),
  );
}

/**
 * Stores an upload's file (checked, pictures through the image pipeline) and writes its row with
 * `write`, under a new id. Nothing half-stored: a row that could not be written leaves no orphan file.
 */
export async function withStoredFile(
  deps: Deps,
  u: MediaUpload,
  write: (stored: Awaited<ReturnType<typeof putMediaFile>>, id: string) => Promise<unknown>,
): Promise<string> {
  const stored = await putMediaFile(deps, u);
  const id = newId();
  try {
    await write(stored, id);
  } catch (err) {
    await deleteImage(deps.files, stored.key).catch(() => undefined);
    throw err;
  }
  return id;
}

/** Refuses an image without alt text, and alt texts and titles too long or with markup (422). */
export function checkMediaText(u: Pick<MediaUpload, "kind" | "title" | "alt">): void {
  const title = u.title?.trim() || null;
  const alt = u.alt?.trim() || null;
  const errors = [];
  if (u.kind === "image" && !alt) errors.push({ field: "alt", message: "practices.media.altRequired" });
  if (alt && (alt.length > 300 || NO_HTML.test(alt)))
    errors.push({ field: "alt", message: "practices.media.altInvalid" });
  if (title && (title.length > 200 || NO_HTML.test(title)))
    errors.push({ field: "title", message: "practices.media.titleInvalid" });
  if (errors.length) throw invalid(errors);
}

/**
 * Checks an upload's bytes and puts it in the file store (a picture through the image pipeline):
 * what a media row needs, with the cleaned file name, title and alt text. `checkMediaText` first.
 */
export async function putMediaFile(deps: Deps, u: MediaUpload) {
  const rule =
    u.kind === "image"
      ? { maxBytes: IMAGE_MAX_BYTES, allowed: IMAGE_TYPES }
      : { maxBytes: ATTACHMENT_MAX_BYTES, allowed: ATTACHMENT_TYPES };
  const { key, mime, size, filename } = await putUpload(deps, u, rule);
  return {
    key,
    mime,
    size,
    filename: cleanFilename(filename, mime),
    title: u.title?.trim() || null,
    alt: u.kind === "image" ? u.alt?.trim() || null : null,
  };
}

export async function removeMedia(deps: Deps, actor: Actor | null, p: Practice, id: string) {
  if (!canManageMedia(actor, p)) throw forbidden();
  const row = isUuid(id) ? await findMedia(deps.db, p.id, id) : undefined;
  if (!row) throw notFound();
  await deleteMediaRow(deps.db, row.id);
  await deleteImage(deps.files, row.file_key);
}

/** The stored file of one of the practice's media (the caller has checked the practice is visible). */
export async function mediaFile(deps: Deps, p: Practice, id: string) {
  const row = isUuid(id) ? await findMedia(deps.db, p.id, id) : undefined;
  const file = row ? await deps.files.get(row.file_key) : undefined;
  if (!row || !file) throw notFound();
  return { media: toMedia(p.slug, row), bytes: file.bytes };
}
