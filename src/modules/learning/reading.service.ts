// Reading lessons with a file: a document (PDF, EPUB, ODT, DOCX, told from its content, never its
// name) streamed to the file store, 50 MB at most, in place of the link a reading otherwise has.
// Storing a file clears the lesson's link, so a reading offers one or the other; the author may
// replace the file or remove it (and then give a link again in the lesson's form).
import type { Caller } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { invalid, notFound } from "../../platform/errors.ts";
import type { FileRule } from "../../platform/files/types.ts";
import { newId } from "../../platform/ids.ts";
import { updateLessonRow } from "./courses.repo.ts";
import { keptName, LessonFormRefused, sentFile, type UploadedFile } from "./lesson-files.ts";
import { can } from "./policy.ts";
import { deleteReadingFile, readingFileRow, upsertReadingFile } from "./reading.repo.ts";
import { READING_TYPES, type ReadingType } from "./reading.tables.ts";
import type { Course, Lesson } from "./types.ts";

/** The limit for a reading's file; streamed to the store, never held whole. */
export const READING_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The limit the upload route applies to the file. An object rather than a constant so that a test
 * can lower it and send a few kilobytes over it instead of 50 MB (the route's body limit, fixed
 * when it is mounted, stays 50 MB plus the form).
 */
export const readingLimit = { maxBytes: READING_MAX_BYTES };

const EXT: Record<ReadingType, string> = {
  "application/pdf": "pdf",
  "application/epub+zip": "epub",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** The reading form's one file: to the store, typed on its content. */
export const readingFileRule = (field: string): FileRule | undefined =>
  field === "file"
    ? {
        to: "store",
        maxBytes: readingLimit.maxBytes,
        allowed: READING_TYPES,
        key: (mime) => `learning/${newId()}.${EXT[mime as ReadingType] ?? "bin"}`,
      }
    : undefined;

export type ReadingFile = { contentType: ReadingType; fileName: string; size: number };

function mayAuthorReading(caller: Caller | null, course: Course, lesson: Lesson) {
  if (!can(caller, "author", { networkId: course.networkId }) || lesson.kind !== "reading") throw notFound();
}

export async function readingFileOf(deps: Deps, lessonId: string): Promise<ReadingFile | null> {
  const r = await readingFileRow(deps.db, lessonId);
  return r ? { contentType: r.content_type, fileName: r.file_name, size: r.size } : null;
}

/** The stored file of a reading lesson (for the download route), or 404. */
export async function readingDownload(deps: Deps, lesson: Lesson) {
  const r = lesson.kind === "reading" ? await readingFileRow(deps.db, lesson.id) : undefined;
  if (!r) throw notFound();
  return { key: r.file_key, contentType: r.content_type, fileName: r.file_name };
}

/**
 * Sets the lesson's file (replacing any, clearing its link). Refusals name the field: 413 for a file
 * over the limit, 422 for none or one of another type. The caller discards a stored upload that was
 * refused; the file replaced leaves the store after the commit.
 */
export async function setReadingFile(
  deps: Deps,
  caller: Caller,
  course: Course,
  lesson: Lesson,
  upload: UploadedFile,
): Promise<void> {
  mayAuthorReading(caller, course, lesson);
  const file = sentFile(upload);
  if (!file) throw new LessonFormRefused(422, [{ field: "file", key: "learning.reading.errors.missing" }]);
  if ("problem" in file)
    throw new LessonFormRefused(file.problem === "tooLarge" ? 413 : 422, [
      {
        field: "file",
        key:
          file.problem === "tooLarge"
            ? "learning.reading.errors.tooLarge"
            : "learning.reading.errors.wrongType",
      },
    ]);
  if (!(READING_TYPES as readonly string[]).includes(file.contentType) || file.size > READING_MAX_BYTES)
    throw new LessonFormRefused(422, [{ field: "file", key: "learning.reading.errors.wrongType" }]);
  const now = deps.clock.now();
  const replaced = await deps.db.transaction().execute(async (trx) => {
    const old = await upsertReadingFile(trx, {
      lesson_id: lesson.id,
      file_key: file.key,
      content_type: file.contentType as ReadingType,
      file_name: keptName(file.name, `document.${EXT[file.contentType as ReadingType]}`),
      size: file.size,
      updated_at: now,
    });
    await updateLessonRow(trx, lesson.id, { url: null, updated_at: now });
    return old;
  });
  if (replaced) await deps.files.delete(replaced).catch(() => undefined);
}

/** Removes the lesson's file (the reading then waits for a new file or a link). */
export async function removeReadingFile(deps: Deps, caller: Caller, course: Course, lesson: Lesson) {
  mayAuthorReading(caller, course, lesson);
  await dropReadingFile(deps, lesson.id);
}

/** The file of a lesson that is no longer a reading, or whose file is removed, leaves row and store. */
export async function dropReadingFile(deps: Deps, lessonId: string) {
  const key = await deleteReadingFile(deps.db, lessonId);
  if (key) await deps.files.delete(key).catch(() => undefined);
}

/** A reading with a file takes no link as well (the author removes the file first). */
export async function checkReadingLink(deps: Deps, lesson: Lesson | undefined, url: string | null) {
  if (lesson && url && (await readingFileRow(deps.db, lesson.id)))
    throw invalid([{ field: "url", message: "learning.reading.errors.linkAndFile" }]);
}
