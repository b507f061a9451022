// The files of lab materials: what a route may stream for each kind (a video to the store up to
// 500 MB, a document up to 10 MB, captions into memory), and the checks every file passes before a
// material is stored — its type on content (never its name), pictures through the image pipeline (no
// GPS), and the media checks' problems said in the materials' words. Split from materials/service.ts
// (which adds, lists and curates materials) so each file holds one role.
import { AppError, type FieldError } from "../../../platform/errors.ts";
import {
  checkUpload,
  type FileProblem,
  type FileRule,
  IMAGE_TYPES,
  type StreamedFile,
} from "../../../platform/files/store.ts";
import type { FileStore } from "../../../platform/files/types.ts";
import { newId } from "../../../platform/ids.ts";
import { sniffImage } from "../../../platform/images/detect.ts";
import { ImageRefused, processImage } from "../../../platform/images/pipeline.ts";
import { jpegFileName } from "../../../platform/images/store.ts";
import type { ConsentProblem } from "../../../platform/media/consent.ts";
import type { TranscriptProblem } from "../../../platform/media/transcript.ts";
import { CAPTIONS_MAX_BYTES, type CaptionsProblem } from "../../../platform/media/webvtt.ts";
/** Documents; a video may be far larger (it is streamed to the store, never held whole). */
export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
export const VIDEO_MAX_BYTES = 500 * 1024 * 1024;

export const DOCUMENT_TYPES = [
  "application/pdf",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ...IMAGE_TYPES,
] as const;
export const VIDEO_TYPES = ["video/mp4", "video/webm"] as const;

export const EXT: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "video/mp4": "mp4",
  "video/webm": "webm",
};

export type Upload = { bytes: Uint8Array; name: string };
/** A file the route streamed to the store (platform/http/streamed-form.ts), or why it refused it. */
export type StreamedUpload = StreamedFile | { problem: FileProblem; name: string };

// The platform's media checks answer problem codes; the form says them in the materials' words.
export const CAPTIONS_ERRORS: Record<CaptionsProblem, string> = {
  missing: "labs.materials.errors.captionsRequired",
  tooLarge: "labs.materials.errors.captionsTooLarge",
  notWebVtt: "labs.materials.errors.captionsNotVtt",
};
export const TRANSCRIPT_ERRORS: Record<TranscriptProblem, string> = {
  missing: "labs.materials.errors.transcriptRequired",
  tooLong: "labs.materials.errors.transcriptTooLong",
};
export const consentError = (p: ConsentProblem): string =>
  p.field === "consent"
    ? "labs.materials.errors.consentRequired"
    : p.problem === "required"
      ? "labs.materials.errors.consentByRequired"
      : "labs.materials.errors.consentByTooLong";

/** A tidy file name for Content-Disposition (no path, no control characters, bounded). */
export const cleanName = (name: string) =>
  [...(name.split(/[\\/]/).pop() ?? "")]
    .filter((ch) => ch.charCodeAt(0) > 31 && ch.charCodeAt(0) !== 127 && ch !== '"')
    .join("")
    .trim()
    .slice(0, 200) || "file";

export const isStreamed = (f: Upload | StreamedUpload | null | undefined): f is StreamedFile =>
  Boolean(f && "key" in f);

/**
 * What the route does with each file field as the form streams in (the fields before it say the
 * kind): a video to the store up to 500 MB, a document up to 10 MB, captions into memory.
 */
export function materialFileRule(field: string, fields: { kind?: string }): FileRule | undefined {
  const kind = fields.kind === "video" ? "video" : fields.kind === "link" ? "link" : "document";
  if (field === "captions")
    return kind === "video" ? { to: "memory", maxBytes: CAPTIONS_MAX_BYTES } : undefined;
  if (field !== "file" || kind === "link") return undefined;
  const video = kind === "video";
  return {
    to: "store",
    maxBytes: video ? VIDEO_MAX_BYTES : MATERIAL_MAX_BYTES,
    allowed: video ? VIDEO_TYPES : DOCUMENT_TYPES,
    key: (mime) => `materials/${newId()}.${EXT[mime] ?? "bin"}`,
  };
}

export type CheckedFile =
  | { mime: string; upload: Upload; thumbnail?: Uint8Array }
  | { mime: string; streamed: StreamedFile };

/** A picture among the materials goes through the image pipeline like every other (no GPS). */
async function pictureOf(upload: Upload): Promise<CheckedFile> {
  const p = await processImage(upload.bytes);
  return {
    mime: "image/jpeg",
    upload: { bytes: p.bytes, name: jpegFileName(upload.name) },
    thumbnail: p.thumbnail,
  };
}

export async function checkFile(
  files: FileStore,
  upload: Upload | StreamedUpload | null | undefined,
  video: boolean,
  errors: FieldError[],
): Promise<CheckedFile | null> {
  const allowed: readonly string[] = video ? VIDEO_TYPES : DOCUMENT_TYPES;
  const maxBytes = video ? VIDEO_MAX_BYTES : MATERIAL_MAX_BYTES;
  const refuse = (problem: FileProblem) => {
    const message =
      problem === "empty"
        ? "labs.materials.errors.fileRequired"
        : problem === "tooLarge"
          ? video
            ? "labs.materials.errors.videoTooLarge"
            : "labs.materials.errors.fileTooLarge"
          : video
            ? "labs.materials.errors.videoWrongType"
            : "labs.materials.errors.fileWrongType";
    errors.push({ field: "file", message });
    return null;
  };
  if (!upload) return refuse("empty");
  if ("problem" in upload) return refuse(upload.problem);
  // Streamed under the rule of the kind the form said first; checked again against the kind it ends with.
  if ("key" in upload) {
    if (!allowed.includes(upload.contentType)) return refuse("wrongType");
    if (upload.size > maxBytes) return refuse("tooLarge");
    if (!upload.contentType.startsWith("image/")) return { mime: upload.contentType, streamed: upload };
    // A streamed picture (10 MB at most, as every document) is read back and processed; its
    // original leaves the store (addMaterial removes it too when the form is refused).
    try {
      const original = await files.get(upload.key);
      if (!original) return refuse("empty");
      const picture = await pictureOf({ bytes: original.bytes, name: upload.name });
      await files.delete(upload.key);
      return picture;
    } catch (err) {
      if (err instanceof ImageRefused) {
        errors.push({ field: "file", message: err.message });
        return null;
      }
      throw err;
    }
  }
  if (upload.bytes.byteLength === 0) return refuse("empty");
  if (sniffImage(upload.bytes) === "heic") {
    errors.push({ field: "file", message: "images.heic" });
    return null;
  }
  try {
    const mime = await checkUpload(upload.bytes, { maxBytes, allowed });
    if (!mime.startsWith("image/")) return { mime, upload };
    return await pictureOf(upload);
  } catch (err) {
    if (err instanceof ImageRefused) {
      errors.push({ field: "file", message: err.message });
      return null;
    }
    if (!(err instanceof AppError)) throw err;
    return refuse(err.status === 413 ? "tooLarge" : "wrongType");
  }
}
