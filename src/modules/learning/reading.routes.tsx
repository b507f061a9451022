// Routes of reading lessons' documents: the authors' page that uploads one (streamed to the file
// store, 50 MB at most, typed on its content) or deletes it, and the document itself, a range at a
// time, to whoever may see the course (404 otherwise, as the lesson's page).
import { Hono } from "hono";
import { type AppError, notFound } from "../../platform/errors.ts";
import { bodyLimit, MAX_FORM_BYTES } from "../../platform/http/body-limit.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import type { With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { contentDisposition, serveFile } from "../../platform/http/serve-file.ts";
import { readStreamedForm } from "../../platform/http/streamed-form.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { authoring, visibleCourse } from "./authoring.guards.ts";
import { lessonOf, refusedForm } from "./lesson-files.ts";
import {
  READING_MAX_BYTES,
  readingDownload,
  readingFileOf,
  readingFileRule,
  removeReadingFile,
  setReadingFile,
} from "./reading.service.ts";
import type { Course, Lesson } from "./types.ts";
import { readingFormPage } from "./views/reading-lesson.tsx";
import { lessonPath } from "./views/video-lesson.tsx";
import "./messages.ts";

/** A document and the form's token: what one post of the reading form may carry. */
const READING_UPLOAD_LIMIT = READING_MAX_BYTES + MAX_FORM_BYTES;

async function showForm(c: With<{ course: Course }>, lesson: Lesson, form?: FormState, status = 200) {
  const file = await readingFileOf(c.get("deps"), lesson.id);
  return readingFormPage(c, { course: c.get("course"), lesson, file, form: form ?? emptyForm() }, status);
}

export function readingRoutes() {
  const r = new Hono<AppEnv>();
  const base = "/learning/courses/:slug/lessons/:id";

  r.get(`${base}/reading/edit`, ...authoring, async (c) => {
    const lesson = await lessonOf(c);
    if (lesson.kind !== "reading") throw notFound();
    return showForm(c, lesson);
  });

  r.post(`${base}/reading`, bodyLimit(READING_UPLOAD_LIMIT, { streamed: true }), ...authoring, async (c) => {
    const lesson = await lessonOf(c);
    const body = await readStreamedForm(c, readingFileRule);
    try {
      await setReadingFile(
        c.get("deps"),
        c.get("actor"),
        c.get("course"),
        lesson,
        body.stored.file ?? body.problems.file ?? null,
      );
    } catch (err) {
      // Nothing half-stored: a refused form leaves no file behind.
      await body.discard();
      return showForm(c, lesson, refusedForm(c, {}, err), (err as AppError).status);
    }
    return redirectWithFlash(c, lessonPath(c.get("course"), lesson), {
      kind: "success",
      key: "learning.reading.saved",
    });
  });

  r.post(`${base}/reading/delete`, ...authoring, async (c) => {
    const lesson = await lessonOf(c);
    await removeReadingFile(c.get("deps"), c.get("actor"), c.get("course"), lesson);
    return redirectWithFlash(c, `${lessonPath(c.get("course"), lesson)}/reading/edit`, {
      kind: "success",
      key: "learning.reading.removed",
    });
  });

  // The document, to whoever may see the course: a download, a range at a time when asked.
  r.get(`${base}/reading`, visibleCourse, async (c) => {
    const f = await readingDownload(c.get("deps"), await lessonOf(c));
    return serveFile(c, c.get("deps").files, f.key, {
      "Content-Type": f.contentType,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": contentDisposition("attachment", f.fileName),
    });
  });

  return r;
}
