// Video lessons: the video (an upload streamed to the file store, or an https URL of a file hosted
// elsewhere) with the consent of the people filmed, one WebVTT caption track per language (refused,
// naming the line, when a cue does not parse), and each learner's playback position (through
// `deps.dbQuiet`: no page anyone else sees shows it, so the render cache stays full).
import { type Actor, type Caller, isSystem } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import type { FileRule } from "../../platform/files/types.ts";
import { newId } from "../../platform/ids.ts";
import { checkConsent } from "../../platform/media/consent.ts";
import { CAPTIONS_MAX_BYTES, checkCaptions } from "../../platform/media/webvtt.ts";
import { type Cue, parseCues } from "../../platform/media/webvtt-cues.ts";
import {
  keptName,
  type LessonFileProblem,
  LessonFormRefused,
  sentFile,
  type UploadedFile,
} from "./lesson-files.ts";
import { can } from "./policy.ts";
import { CONTENT_LANGUAGES } from "./tables.ts";
import type { Course, Lesson } from "./types.ts";
import {
  captionsOf,
  deleteCaptions,
  insertCaptions,
  positionOf,
  savePosition,
  upsertVideo,
  videoRow,
} from "./video.repo.ts";

/** A lesson's video may be long: it streams to the store, never held whole. */
export const VIDEO_MAX_BYTES = 500 * 1024 * 1024;
export const VIDEO_TYPES = ["video/mp4", "video/webm"] as const;
const EXT: Record<string, string> = { "video/mp4": "mp4", "video/webm": "webm" };

/** The video form's one file: to the store, typed on its content (never its name). */
export const videoFileRule = (field: string): FileRule | undefined =>
  field === "file"
    ? {
        to: "store",
        maxBytes: VIDEO_MAX_BYTES,
        allowed: VIDEO_TYPES,
        key: (mime) => `learning/${newId()}.${EXT[mime] ?? "bin"}`,
      }
    : undefined;

/** The caption form's one file: into memory, 512 KB at most. */
export const captionFileRule = (field: string): FileRule | undefined =>
  field === "captions" ? { to: "memory", maxBytes: CAPTIONS_MAX_BYTES } : undefined;

export type Video = {
  lessonId: string;
  /** Where the page plays it: this site's file route, or the URL elsewhere. */
  source: { kind: "file"; contentType: string; fileName: string } | { kind: "url"; url: string };
  consent: { by: string; recordedAt: Date };
};

function mayAuthorVideo(caller: Caller | null, course: Course, lesson: Lesson) {
  if (!can(caller, "author", { networkId: course.networkId }) || lesson.kind !== "video") throw notFound();
}

export async function videoOf(deps: Deps, lessonId: string): Promise<Video | null> {
  const r = await videoRow(deps.db, lessonId);
  if (!r) return null;
  return {
    lessonId,
    source:
      r.file_key && r.content_type
        ? { kind: "file", contentType: r.content_type, fileName: r.file_name ?? "video" }
        : { kind: "url", url: r.url ?? "" },
    consent: { by: r.consent_by, recordedAt: r.consent_recorded_at },
  };
}

/** The stored file of a lesson's video (for the file route), or 404. */
export async function videoFile(deps: Deps, lessonId: string) {
  const r = await videoRow(deps.db, lessonId);
  if (!r?.file_key || !r.content_type) throw notFound();
  return { key: r.file_key, contentType: r.content_type, fileName: r.file_name ?? "video" };
}

export type VideoInput = {
  file: UploadedFile;
  url: string;
  consent: boolean;
  consentBy: string;
};

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

/**
 * Sets the lesson's video: a file, or a URL when there is no file; an edit with neither keeps the
 * source it has. Refusals name each field (413 for a file over the limit); the caller discards a
 * stored upload that was refused. The file it replaces leaves the store after the commit.
 */
export async function setVideo(
  deps: Deps,
  caller: Caller,
  course: Course,
  lesson: Lesson,
  input: VideoInput,
): Promise<void> {
  mayAuthorVideo(caller, course, lesson);
  const problems: LessonFileProblem[] = [];
  let status: 413 | 422 = 422;
  const existing = await videoRow(deps.db, lesson.id);
  const file = sentFile(input.file);
  const url = input.url.trim();
  if (file && "problem" in file) {
    if (file.problem === "tooLarge") status = 413;
    problems.push({
      field: "file",
      key: file.problem === "tooLarge" ? "learning.video.errors.tooLarge" : "learning.video.errors.wrongType",
    });
  } else if (
    file &&
    (!(VIDEO_TYPES as readonly string[]).includes(file.contentType) || file.size > VIDEO_MAX_BYTES)
  ) {
    problems.push({ field: "file", key: "learning.video.errors.wrongType" });
  } else if (file && url) {
    problems.push({ field: "url", key: "learning.video.errors.both" });
  } else if (!file && url && (url.length > 500 || !HTTPS_URL.test(url))) {
    problems.push({ field: "url", key: "learning.video.errors.url" });
  } else if (!file && !url && !existing) {
    problems.push({ field: "file", key: "learning.video.errors.source" });
  }
  const consent = checkConsent({ consent: input.consent, consentBy: input.consentBy });
  for (const p of consent.problems)
    problems.push({
      field: p.field,
      key:
        p.field === "consent"
          ? "learning.video.errors.consent"
          : p.problem === "required"
            ? "learning.video.errors.consentBy"
            : "form.tooLong",
    });
  if (problems.length) throw new LessonFormRefused(status, problems);

  const now = deps.clock.now();
  const stored = file && !("problem" in file) ? file : null;
  const source = stored
    ? {
        file_key: stored.key,
        content_type: stored.contentType as "video/mp4",
        file_name: keptName(stored.name, "video"),
        url: null,
      }
    : url
      ? { file_key: null, content_type: null, file_name: null, url }
      : {
          file_key: existing?.file_key ?? null,
          content_type: existing?.content_type ?? null,
          file_name: existing?.file_name ?? null,
          url: existing?.url ?? null,
        };
  const replaced = await deps.db.transaction().execute((trx) =>
    upsertVideo(trx, {
      lesson_id: lesson.id,
      ...source,
      consent_by: consent.by,
      consent_recorded_by: isSystem(caller) ? null : caller.id,
      consent_recorded_at: now,
      updated_at: now,
    }),
  );
  if (replaced) await deps.files.delete(replaced).catch(() => undefined);
}

/**
 * Adds one caption track: a content language the lesson has no track in yet (409 otherwise), a
 * WebVTT file of 512 KB at most (413 over it) whose every cue parses (else the line is named).
 */
export async function addCaptions(
  deps: Deps,
  caller: Caller,
  course: Course,
  lesson: Lesson,
  input: { language: string; file: { bytes: Uint8Array; name: string } | null },
): Promise<void> {
  mayAuthorVideo(caller, course, lesson);
  const problems: LessonFileProblem[] = [];
  if (!(CONTENT_LANGUAGES as readonly string[]).includes(input.language))
    problems.push({ field: "language", key: "learning.video.errors.language" });
  const check = checkCaptions(input.file?.bytes);
  let text = "";
  if (check)
    problems.push({
      field: "captions",
      key:
        check === "missing"
          ? "learning.video.errors.captionsMissing"
          : check === "tooLarge"
            ? "learning.video.errors.captionsTooLarge"
            : "learning.video.errors.captionsNotVtt",
    });
  else {
    text = new TextDecoder().decode(input.file?.bytes);
    const parsed = parseCues(text);
    if (!parsed.ok)
      problems.push(
        parsed.problem === "noCues"
          ? { field: "captions", key: "learning.video.errors.noCues" }
          : {
              field: "captions",
              key: `learning.video.errors.cue.${parsed.problem}`,
              params: { line: parsed.line },
            },
      );
  }
  if (problems.length) throw new LessonFormRefused(check === "tooLarge" ? 413 : 422, problems);
  const added = await insertCaptions(deps.db, {
    lessonId: lesson.id,
    language: input.language,
    vtt: text.replace(/^\uFEFF/, ""),
    at: deps.clock.now(),
  });
  if (!added)
    throw new LessonFormRefused(409, [
      { field: "language", key: "learning.video.errors.languageTwice", params: { language: input.language } },
    ]);
}

export async function removeCaptions(
  deps: Deps,
  caller: Caller,
  course: Course,
  lesson: Lesson,
  language: string,
) {
  mayAuthorVideo(caller, course, lesson);
  await deleteCaptions(deps.db, lesson.id, language);
}

export type Track = { language: string; cues: Cue[] };

/** The lesson's caption tracks with their cues (stored files parsed when they were added). */
export async function tracksOf(deps: Deps, lessonId: string): Promise<Track[]> {
  return (await captionsOf(deps.db, lessonId)).map((r) => {
    const parsed = parseCues(r.vtt);
    return { language: r.language, cues: parsed.ok ? parsed.cues : [] };
  });
}

/** Where this learner stopped (null: from the start). */
export const positionIn = (deps: Deps, accountId: string, lessonId: string) =>
  positionOf(deps.dbQuiet, accountId, lessonId);

/** Saves the learner's own position in a video lesson they may study (404 otherwise). */
export async function recordPosition(
  deps: Deps,
  actor: Actor,
  course: Course,
  lesson: Lesson,
  seconds: number,
): Promise<void> {
  if (!can(actor, "study", course) || lesson.kind !== "video") throw notFound();
  if (!Number.isFinite(seconds) || seconds < 0 || seconds >= 86_400)
    throw new LessonFormRefused(422, [{ field: "seconds", key: "learning.video.errors.seconds" }]);
  await savePosition(deps.dbQuiet, {
    accountId: actor.id,
    lessonId: lesson.id,
    seconds: Math.round(seconds * 10) / 10,
    at: deps.clock.now(),
  });
}
