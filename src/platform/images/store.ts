// Pictures in the file store: every module stores an uploaded image through `storeImage` (the
// pipeline's JPEG under a new key, its thumbnail beside it under `thumbnailKey(key)`), removes one
// with `deleteImage`, and re-processes one stored before the pipeline with `reprocessStoredImage`.
// The thumbnail's key follows from the picture's, so no table needs a column for it; and a picture
// with a thumbnail is one the pipeline made, which is what makes re-processing idempotent.
import { AppError } from "../errors.ts";
import type { FileStore } from "../files/types.ts";
import "../files/messages.ts";
import { newFileKey } from "../files/store.ts";
import { type ImageRefusal, ImageRefused, type ProcessedImage, processImage } from "./pipeline.ts";

export const JPEG = "image/jpeg";

export type StoredImage = {
  key: string;
  thumbnailKey: string;
  contentType: typeof JPEG;
  byteSize: number;
  width: number;
  height: number;
  flattened: boolean;
  firstFrameOnly: boolean;
};

/** "foto.png" → "foto.jpg": the file name of a picture the pipeline turned into a JPEG. */
export const jpegFileName = (name: string): string => `${name.replace(/\.[A-Za-z0-9]{1,5}$/, "")}.jpg`;

/** "photos/0190….jpg" → "photos/0190….thumb.jpg". */
export const thumbnailKey = (key: string): string => `${key.replace(/\.[a-z0-9]+$/, "")}.thumb.jpg`;

async function putProcessed(files: FileStore, folder: string, p: ProcessedImage): Promise<StoredImage> {
  const key = newFileKey(folder, JPEG);
  const thumb = thumbnailKey(key);
  await files.put(key, p.bytes, JPEG);
  try {
    await files.put(thumb, p.thumbnail, JPEG);
  } catch (err) {
    await files.delete(key).catch(() => undefined);
    throw err;
  }
  return {
    key,
    thumbnailKey: thumb,
    contentType: JPEG,
    byteSize: p.bytes.byteLength,
    width: p.width,
    height: p.height,
    flattened: p.flattened,
    firstFrameOnly: p.firstFrameOnly,
  };
}

/**
 * Checks an upload's size, runs it through the pipeline and stores the result under a new key in
 * `folder`. Refusals are `ImageRefused` (an empty file is the file store's "files.empty").
 */
export async function storeImage(
  files: FileStore,
  folder: string,
  bytes: Uint8Array,
  rule: { maxBytes: number },
): Promise<StoredImage> {
  if (bytes.byteLength === 0) throw new AppError(422, "empty-file", "files.empty");
  if (bytes.byteLength > rule.maxBytes) throw new ImageRefused("too-large");
  return putProcessed(files, folder, await processImage(bytes));
}

/** Removes a stored picture and its thumbnail (harmless when either is missing). */
export async function deleteImage(files: FileStore, key: string): Promise<void> {
  await files.delete(key);
  await files.delete(thumbnailKey(key));
}

export type Reprocessed =
  | { status: "processed"; image: StoredImage }
  | { status: "skipped"; reason: "already-processed" | "missing" | ImageRefusal };

/**
 * Runs a picture stored before the pipeline through it, into a new key of `folder`; the caller
 * points its row at the new key and then deletes the old one (`deleteImage`). A picture that has its
 * thumbnail was made by the pipeline and is skipped; a missing file or one the pipeline refuses
 * (damaged, HEIC) is skipped too and stays as it was, for the caller to log.
 */
export async function reprocessStoredImage(
  files: FileStore,
  key: string,
  folder: string,
): Promise<Reprocessed> {
  // A whole read for a yes/no, but only of a thumbnail, in a job that runs once.
  if (await files.get(thumbnailKey(key))) return { status: "skipped", reason: "already-processed" };
  const file = await files.get(key);
  if (!file) return { status: "skipped", reason: "missing" };
  let processed: ProcessedImage;
  try {
    processed = await processImage(file.bytes);
  } catch (err) {
    if (err instanceof ImageRefused) return { status: "skipped", reason: err.reason };
    throw err;
  }
  return { status: "processed", image: await putProcessed(files, folder, processed) };
}

/**
 * The one-off re-processing of a module's stored pictures: each `key` through
 * `reprocessStoredImage`, `save` pointing its row at the new picture, then the old file deleted (or,
 * if `save` fails, the new one). Skips are logged, never thrown: a missing or refused file must not
 * stop the others. Returns how many were re-processed.
 */
export async function reprocessImages<T extends { key: string }>(
  deps: { files: FileStore; log: { info(o: object, m: string): void; warn(o: object, m: string): void } },
  what: string,
  items: T[],
  folder: string,
  save: (item: T, image: StoredImage) => Promise<void>,
): Promise<number> {
  let processed = 0;
  for (const item of items) {
    const r = await reprocessStoredImage(deps.files, item.key, folder);
    if (r.status === "skipped") {
      if (r.reason !== "already-processed")
        deps.log.warn({ what, key: item.key, reason: r.reason }, "image not re-processed");
      continue;
    }
    try {
      await save(item, r.image);
    } catch (err) {
      await deleteImage(deps.files, r.image.key).catch(() => undefined);
      throw err;
    }
    await deleteImage(deps.files, item.key);
    processed++;
  }
  deps.log.info({ what, processed, of: items.length }, "stored images re-processed");
  return processed;
}
