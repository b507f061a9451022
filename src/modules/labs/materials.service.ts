// Materials and contributions between meetings: documents, links and videos that a lab's members add
// to the lab or to one of its meetings; curators tag, feature or hide them. Uploads are checked on
// their content (file-type), never on their name. A video carries a WebVTT caption file, a transcript
// and the recorded consent of the people filmed: without any of them it is refused. Nothing is
// half-stored: files go to the store only once everything is valid, and are removed if the row fails.
import { AppError, type FieldError, forbidden, notFound } from "../../platform/errors.ts";
import { checkUpload, IMAGE_TYPES } from "../../platform/files/store.ts";
import type { Deps } from "../../platform/http/context.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../identity/index.ts";
import { canContribute, canCurateLab } from "./lab-members.policy.ts";
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
import { actorOf, type Caller, canSeeLab, SYSTEM } from "./policy.ts";
import "./messages.materials.ts";

export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
export const CAPTIONS_MAX_BYTES = 512 * 1024;
export const TRANSCRIPT_MAX_CHARS = 100_000;

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

export type MaterialInput = {
  kind: string;
  title: string;
  description: string;
  meetingId?: string;
  url?: string;
  file?: Upload | null;
  captions?: Upload | null;
  transcript?: string;
  consent?: boolean;
  consentBy?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A WebVTT file: UTF-8, starting with "WEBVTT" (after an optional BOM) then a space, tab or line end. */
export function isWebVtt(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  return /^WEBVTT(?:[ \t\r\n]|$)/.test(text);
}

/** A tidy file name for Content-Disposition (no path, no control characters, bounded). */
const cleanName = (name: string) =>
  [...(name.split(/[\\/]/).pop() ?? "")]
    .filter((ch) => ch.charCodeAt(0) > 31 && ch.charCodeAt(0) !== 127 && ch !== '"')
    .join("")
    .trim()
    .slice(0, 200) || "file";

async function checkFile(
  field: string,
  upload: Upload | null | undefined,
  allowed: readonly string[],
  errors: FieldError[],
): Promise<{ mime: string; upload: Upload } | null> {
  if (!upload || upload.bytes.byteLength === 0) {
    errors.push({ field, message: "labs.materials.errors.fileRequired" });
    return null;
  }
  try {
    return { mime: await checkUpload(upload.bytes, { maxBytes: MATERIAL_MAX_BYTES, allowed }), upload };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const key =
      err.status === 413
        ? "labs.materials.errors.fileTooLarge"
        : field === "file" && allowed === VIDEO_TYPES
          ? "labs.materials.errors.videoWrongType"
          : "labs.materials.errors.fileWrongType";
    errors.push({ field, message: key });
    return null;
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
  let file: { mime: string; upload: Upload } | null = null;
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
  if (kind === "document") file = await checkFile("file", input.file, DOCUMENT_TYPES, errors);
  if (kind === "video") {
    file = await checkFile("file", input.file, VIDEO_TYPES, errors);
    const c = input.captions;
    if (!c || c.bytes.byteLength === 0)
      errors.push({ field: "captions", message: "labs.materials.errors.captionsRequired" });
    else if (c.bytes.byteLength > CAPTIONS_MAX_BYTES)
      errors.push({ field: "captions", message: "labs.materials.errors.captionsTooLarge" });
    else if (!isWebVtt(c.bytes))
      errors.push({ field: "captions", message: "labs.materials.errors.captionsNotVtt" });
    else captions = c;
    transcript = (input.transcript ?? "").trim();
    if (!transcript)
      errors.push({ field: "transcript", message: "labs.materials.errors.transcriptRequired" });
    else if (transcript.length > TRANSCRIPT_MAX_CHARS)
      errors.push({ field: "transcript", message: "labs.materials.errors.transcriptTooLong" });
    if (!input.consent) errors.push({ field: "consent", message: "labs.materials.errors.consentRequired" });
    consentBy = (input.consentBy ?? "").trim();
    if (!consentBy) errors.push({ field: "consentBy", message: "labs.materials.errors.consentByRequired" });
    else if (consentBy.length > 500)
      errors.push({ field: "consentBy", message: "labs.materials.errors.consentByTooLong" });
  }
  if (errors.length || !kind) {
    const tooLarge = errors.some((e) => e.message === "labs.materials.errors.fileTooLarge");
    throw new AppError(tooLarge ? 413 : 422, "validation-failed", "form.invalid", errors);
  }

  const id = newId();
  const now = deps.clock.now();
  const stored: string[] = [];
  try {
    let fileKey: string | null = null;
    let captionsKey: string | null = null;
    if (file) {
      fileKey = `materials/${id}.${EXT[file.mime] ?? "bin"}`;
      await deps.files.put(fileKey, file.upload.bytes, file.mime);
      stored.push(fileKey);
    }
    if (captions) {
      captionsKey = `materials/${id}.vtt`;
      await deps.files.put(captionsKey, captions.bytes, "text/vtt; charset=utf-8");
      stored.push(captionsKey);
    }
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
      file_name: file ? cleanName(file.upload.name) : null,
      file_size: file ? file.upload.bytes.byteLength : null,
      captions_key: captionsKey,
      transcript: kind === "video" ? transcript : null,
      consent_by: kind === "video" ? consentBy : null,
      consent_recorded_by: kind === "video" ? (actor?.id ?? null) : null,
      consent_recorded_at: kind === "video" ? now : null,
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

/** The stored file (or caption file) of a material, for those who may see the material. */
export async function materialFile(
  deps: Deps,
  actor: Actor | null,
  lab: Lab,
  id: string,
  which: "file" | "captions",
): Promise<{ bytes: Uint8Array; contentType: string; fileName: string; kind: MaterialKind }> {
  const row = await visibleRow(deps, actor, lab, id);
  const key = which === "file" ? row.file_key : row.captions_key;
  const stored = key ? await deps.files.get(key) : undefined;
  if (!stored) throw notFound();
  return {
    bytes: stored.bytes,
    contentType: which === "captions" ? "text/vtt; charset=utf-8" : (row.content_type ?? stored.contentType),
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
