// Materials and contributions between meetings: documents, links and videos that a lab's members add
// to the lab or to one of its meetings; curators tag, feature or hide them. Uploads are checked on
// their content (file-type), never on their name. A video carries a WebVTT caption file, a transcript
// and the recorded consent of the people filmed (the platform's media checks, platform/media): without
// any of them it is refused. Nothing is half-stored: a file given as bytes (demo data) goes to the
// store only once everything is valid; one the route streamed there (`materialFileRule`, up to 500 MB
// for a video, never whole in memory) is removed when anything is refused; both go if the row fails.

import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, type FieldError, forbidden, notFound } from "../../platform/errors.ts";
import {
  checkUpload,
  type FileProblem,
  type FileRule,
  IMAGE_TYPES,
  type StreamedFile,
} from "../../platform/files/store.ts";
import type { FileStore } from "../../platform/files/types.ts";
import { newId } from "../../platform/ids.ts";
import { sniffImage } from "../../platform/images/detect.ts";
import { ImageRefused, processImage } from "../../platform/images/pipeline.ts";
import { jpegFileName, thumbnailKey } from "../../platform/images/store.ts";
import { type ConsentProblem, checkConsent, recordConsent } from "../../platform/media/consent.ts";
import { checkTranscript, type TranscriptProblem } from "../../platform/media/transcript.ts";
import {
  CAPTIONS_MAX_BYTES,
  type CaptionsProblem,
  checkCaptions,
  WEBVTT_CONTENT_TYPE,
} from "../../platform/media/webvtt.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import {
  curateMaterial,
  findMaterial,
  insertMaterial,
  type MaterialRow,
  materialsOfLab,
} from "./materials.repo.ts";
import type { MaterialKind } from "./materials.tables.ts";
import { dropNul, dropNulAll } from "./materials.text.ts";
import { meetingsOfLabs } from "./meetings.repo.ts";
import { programmeOf } from "./meetings.service.ts";
import { actorOf, type Caller, canContribute, canCurateLab, canSeeLab, SYSTEM } from "./policy.ts";
import "./messages.materials.ts";

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

const EXT: Record<string, string> = {
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

export type Material = {
  id: string;
  labId: string;
  meetingId: string | null;
  kind: MaterialKind;
  title: string;
  description: string;
  url: string | null;
  contentType: string | null;
  fileName: string | null;
  fileSize: number | null;
  hasFile: boolean;
  hasCaptions: boolean;
  transcript: string | null;
  consentBy: string | null;
  consentRecordedAt: Date | null;
  tags: string[];
  featured: boolean;
  hidden: boolean;
  /** The account that added it (null for demo data and deleted accounts): it may delete it. */
  createdBy: string | null;
  createdByName: string;
  createdAt: Date;
};

const toMaterial = (r: MaterialRow): Material => ({
  id: r.id,
  labId: r.lab_id,
  meetingId: r.meeting_id,
  kind: r.kind,
  title: r.title,
  description: r.description,
  url: r.url,
  contentType: r.content_type,
  fileName: r.file_name,
  fileSize: r.file_size,
  hasFile: Boolean(r.file_key),
  hasCaptions: Boolean(r.captions_key),
  transcript: r.transcript,
  consentBy: r.consent_by,
  consentRecordedAt: r.consent_recorded_at,
  tags: r.tags,
  featured: r.featured,
  hidden: r.hidden,
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

export type Upload = { bytes: Uint8Array; name: string };
/** A file the route streamed to the store (platform/http/streamed-form.ts), or why it refused it. */
export type StreamedUpload = StreamedFile | { problem: FileProblem; name: string };

export type MaterialInput = {
  kind: string;
  title: string;
  description: string;
  meetingId?: string;
  url?: string;
  file?: Upload | StreamedUpload | null;
  captions?: Upload | null;
  transcript?: string;
  consent?: boolean;
  consentBy?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The platform's media checks answer problem codes; the form says them in the materials' words.
const CAPTIONS_ERRORS: Record<CaptionsProblem, string> = {
  missing: "labs.materials.errors.captionsRequired",
  tooLarge: "labs.materials.errors.captionsTooLarge",
  notWebVtt: "labs.materials.errors.captionsNotVtt",
};
const TRANSCRIPT_ERRORS: Record<TranscriptProblem, string> = {
  missing: "labs.materials.errors.transcriptRequired",
  tooLong: "labs.materials.errors.transcriptTooLong",
};
const consentError = (p: ConsentProblem): string =>
  p.field === "consent"
    ? "labs.materials.errors.consentRequired"
    : p.problem === "required"
      ? "labs.materials.errors.consentByRequired"
      : "labs.materials.errors.consentByTooLong";

/** A tidy file name for Content-Disposition (no path, no control characters, bounded). */
const cleanName = (name: string) =>
  [...(name.split(/[\\/]/).pop() ?? "")]
    .filter((ch) => ch.charCodeAt(0) > 31 && ch.charCodeAt(0) !== 127 && ch !== '"')
    .join("")
    .trim()
    .slice(0, 200) || "file";

const isStreamed = (f: MaterialInput["file"]): f is StreamedFile => Boolean(f && "key" in f);

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

type CheckedFile =
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

async function checkFile(
  files: FileStore,
  upload: MaterialInput["file"],
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

/**
 * Adds a material as `caller` (SYSTEM for demo data and imports, with `authorName` to show); 422 with
 * field errors (catalogue keys) when anything is missing or wrong.
 */
export async function addMaterial(
  deps: Deps,
  caller: Caller,
  lab: Lab,
  input: MaterialInput,
  authorName?: string,
): Promise<Material> {
  // A file the route streamed is this verb's from here on: kept with the row, or removed.
  const streamed = isStreamed(input.file) ? input.file.key : null;
  try {
    return await add(deps, caller, lab, input, authorName);
  } catch (err) {
    if (streamed) await deps.files.delete(streamed).catch(() => undefined);
    throw err;
  }
}

async function add(
  deps: Deps,
  caller: Caller,
  lab: Lab,
  input: MaterialInput,
  authorName: string | undefined,
): Promise<Material> {
  const actor = actorOf(caller);
  if (caller !== SYSTEM && !canSeeLab(actor, lab)) throw notFound();
  if (caller !== SYSTEM && !canContribute(actor, lab)) throw forbidden();
  input = dropNulAll(input);
  const errors: FieldError[] = [];
  const kind = (["document", "link", "video"] as const).find((k) => k === input.kind);
  if (!kind) errors.push({ field: "kind", message: "form.invalidChoice" });
  const title = input.title.trim();
  if (!title) errors.push({ field: "title", message: "form.required" });
  else if (title.length > 200) errors.push({ field: "title", message: "labs.materials.errors.titleTooLong" });
  const description = input.description.trim();
  if (description.length > 2000)
    errors.push({ field: "description", message: "labs.materials.errors.descriptionTooLong" });
  let meetingId: string | null = null;
  if (input.meetingId) {
    const visible =
      caller === SYSTEM ? await meetingsOfLabs(deps.db, [lab.id]) : await programmeOf(deps, actor, lab);
    meetingId = visible.find((m) => m.id === input.meetingId)?.id ?? null;
    if (!meetingId) errors.push({ field: "meetingId", message: "form.invalidChoice" });
  }
  let url: string | null = null;
  let file: CheckedFile | null = null;
  let captions: Upload | null = null;
  let transcript: string | null = null;
  let consentBy: string | null = null;
  if (kind === "link") {
    const raw = (input.url ?? "").trim();
    let ok = false;
    try {
      const u = new URL(raw);
      ok = (u.protocol === "https:" || u.protocol === "http:") && raw.length <= 2000;
    } catch {}
    if (!ok) errors.push({ field: "url", message: raw ? "form.invalidUrl" : "form.required" });
    else url = raw;
  }
  if (kind === "document") file = await checkFile(deps.files, input.file, false, errors);
  if (kind === "video") {
    file = await checkFile(deps.files, input.file, true, errors);
    const captionsProblem = checkCaptions(input.captions?.bytes);
    if (captionsProblem) errors.push({ field: "captions", message: CAPTIONS_ERRORS[captionsProblem] });
    else captions = input.captions ?? null;
    const checked = checkTranscript(input.transcript);
    transcript = checked.text;
    if (checked.problem) errors.push({ field: "transcript", message: TRANSCRIPT_ERRORS[checked.problem] });
    const consent = checkConsent(input);
    consentBy = consent.by;
    for (const p of consent.problems) errors.push({ field: p.field, message: consentError(p) });
  }
  if (errors.length || !kind) {
    const tooLarge = errors.some((e) => /errors\.(file|video)TooLarge$/.test(e.message));
    throw new AppError(tooLarge ? 413 : 422, "validation-failed", "form.invalid", errors);
  }

  const id = newId();
  const now = deps.clock.now();
  const stored: string[] = [];
  try {
    let fileKey: string | null = null;
    let captionsKey: string | null = null;
    if (file && "streamed" in file) fileKey = file.streamed.key;
    else if (file) {
      fileKey = `materials/${id}.${EXT[file.mime] ?? "bin"}`;
      await deps.files.put(fileKey, file.upload.bytes, file.mime);
      stored.push(fileKey);
      if (file.thumbnail) {
        await deps.files.put(thumbnailKey(fileKey), file.thumbnail, file.mime);
        stored.push(thumbnailKey(fileKey));
      }
    }
    if (captions) {
      captionsKey = `materials/${id}.vtt`;
      await deps.files.put(captionsKey, captions.bytes, WEBVTT_CONTENT_TYPE);
      stored.push(captionsKey);
    }
    const consent =
      kind === "video" && consentBy !== null ? recordConsent(consentBy, actor?.id ?? null, now) : null;
    await insertMaterial(deps.db, {
      id,
      lab_id: lab.id,
      meeting_id: meetingId,
      kind,
      title,
      description,
      url,
      file_key: fileKey,
      content_type: file?.mime ?? null,
      file_name: file ? cleanName("streamed" in file ? file.streamed.name : file.upload.name) : null,
      file_size: file ? ("streamed" in file ? file.streamed.size : file.upload.bytes.byteLength) : null,
      captions_key: captionsKey,
      transcript: kind === "video" ? transcript : null,
      consent_by: consent?.by ?? null,
      consent_recorded_by: consent?.recordedBy ?? null,
      consent_recorded_at: consent?.recordedAt ?? null,
      tags: [],
      created_by: actor?.id ?? null,
      created_by_name: authorName ?? actor?.name ?? "",
      created_at: now,
      updated_at: now,
    });
  } catch (err) {
    for (const key of stored) await deps.files.delete(key).catch(() => undefined);
    throw err;
  }
  return toMaterial((await findMaterial(deps.db, lab.id, id))!);
}

/** Materials `actor` may see in a lab they can see: hidden ones only for curators; those attached to a
 * meeting only when the meeting is visible too. */
export async function listMaterials(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
  meetings?: Meeting[],
): Promise<Material[]> {
  if (!canSeeLab(actor, lab)) throw notFound();
  const visible = new Set((meetings ?? (await programmeOf(deps, actor, lab))).map((m) => m.id));
  const curator = canCurateLab(actor, lab);
  return (await materialsOfLab(deps.db, lab.id))
    .filter((r) => (curator || !r.hidden) && (!r.meeting_id || visible.has(r.meeting_id)))
    .map(toMaterial);
}

async function visibleRow(deps: Deps, actor: Actor | null, lab: Lab, id: string): Promise<MaterialRow> {
  if (!canSeeLab(actor, lab) || !UUID.test(id)) throw notFound();
  const row = await findMaterial(deps.db, lab.id, id);
  if (!row) throw notFound();
  if (row.hidden && !canCurateLab(actor, lab)) throw notFound();
  if (row.meeting_id) {
    const visible = await programmeOf(deps, actor, lab);
    if (!visible.some((m) => m.id === row.meeting_id)) throw notFound();
  }
  return row;
}

export async function getMaterial(deps: Deps, actor: Actor | null, lab: Lab, id: string): Promise<Material> {
  return toMaterial(await visibleRow(deps, actor, lab, id));
}

/**
 * Where the stored file (or caption file) of a material is, for those who may see the material: the
 * route streams it from the store (a range of it for a video player).
 */
export async function materialFile(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
  id: string,
  which: "file" | "captions",
): Promise<{ key: string; contentType: string; fileName: string; kind: MaterialKind }> {
  const row = await visibleRow(deps, actor, lab, id);
  const key = which === "file" ? row.file_key : row.captions_key;
  if (!key) throw notFound();
  return {
    key,
    contentType:
      which === "captions" ? WEBVTT_CONTENT_TYPE : (row.content_type ?? "application/octet-stream"),
    fileName: which === "captions" ? `${row.id}.vtt` : (row.file_name ?? "file"),
    kind: row.kind,
  };
}

/** Tags (comma-separated, lowercase, at most 10 of 40 characters), featured and hidden: curators only. */
export async function curate(
  deps: Deps,
  caller: Caller | null,
  lab: Lab,
  id: string,
  input: { tags: string; featured: boolean; hidden: boolean },
): Promise<void> {
  const actor = caller === SYSTEM ? null : caller;
  const row =
    caller === SYSTEM ? await findMaterial(deps.db, lab.id, id) : await visibleRow(deps, actor, lab, id);
  if (!row) throw notFound();
  if (caller !== SYSTEM && !canCurateLab(actor, lab)) throw forbidden();
  const tags = [
    ...new Set(
      dropNul(input.tags)
        .split(",")
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ];
  if (tags.length > 10 || tags.some((t) => t.length > 40))
    throw new AppError(422, "validation-failed", "form.invalid", [
      { field: "tags", message: "labs.materials.errors.tags" },
    ]);
  await curateMaterial(deps.db, row.id, {
    tags,
    featured: input.featured,
    hidden: input.hidden,
    now: deps.clock.now(),
  });
}
