// Materials and contributions between meetings: documents, links and videos that a lab's members add
// to the lab or to one of its meetings; curators tag, feature or hide them. Uploads are checked on
// their content (file-type), never on their name. A video carries a WebVTT caption file, a transcript
// and the recorded consent of the people filmed (the platform's media checks, platform/media): without
// any of them it is refused. Nothing is half-stored: a file given as bytes (demo data) goes to the
// store only once everything is valid; one the route streamed there (`materialFileRule`, up to 500 MB
// for a video, never whole in memory) is removed when anything is refused; both go if the row fails.

import { type Actor, actorOf, type Caller, SYSTEM } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, type FieldError, forbidden, notFound } from "../../../platform/errors.ts";
import { isUuid, newId } from "../../../platform/ids.ts";
import { thumbnailKey } from "../../../platform/images/store.ts";
import { checkConsent, recordConsent } from "../../../platform/media/consent.ts";
import { checkTranscript } from "../../../platform/media/transcript.ts";
import { checkCaptions, WEBVTT_CONTENT_TYPE } from "../../../platform/media/webvtt.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import { meetingsOfLabs } from "../meetings/repo.ts";
import { programmeOf } from "../meetings/service.ts";
import { can, canCurateLab, canSeeLab } from "../policy.ts";
import {
  CAPTIONS_ERRORS,
  type CheckedFile,
  checkFile,
  cleanName,
  consentError,
  EXT,
  isStreamed,
  type StreamedUpload,
  TRANSCRIPT_ERRORS,
  type Upload,
} from "./files.ts";
import { curateMaterial, findMaterial, insertMaterial, type MaterialRow, materialsOfLab } from "./repo.ts";
import type { MaterialKind } from "./tables.ts";
import { dropNul, dropNulAll } from "./text.ts";
import "./messages.materials.ts";

export {
  DOCUMENT_TYPES,
  MATERIAL_MAX_BYTES,
  materialFileRule,
  type StreamedUpload,
  type Upload,
  VIDEO_MAX_BYTES,
  VIDEO_TYPES,
} from "./files.ts";

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
  if (!can(caller, "see", lab)) throw notFound();
  if (!can(caller, "contribute", lab)) throw forbidden();
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
  if (!canSeeLab(actor, lab) || !isUuid(id)) throw notFound();
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
  const actor = actorOf(caller);
  const row =
    caller === SYSTEM ? await findMaterial(deps.db, lab.id, id) : await visibleRow(deps, actor, lab, id);
  if (!row) throw notFound();
  if (!can(caller, "curate", lab)) throw forbidden();
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
