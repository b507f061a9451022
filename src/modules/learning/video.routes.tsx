// Routes of video lessons: the authors' page that sets the video (a streamed upload of up to 500 MB,
// or a URL elsewhere) and adds or removes caption tracks (512 KB each, one per language); the video
// file (byte ranges) and each track, to whoever may see the course; and the learner's own playback
// position (a small form post from the player's island, with the page's CSRF token).
import { Hono } from "hono";
import { AppError } from "../../platform/errors.ts";
import { bodyLimit, MAX_FORM_BYTES } from "../../platform/http/body-limit.ts";
import type { AppEnv } from "../../platform/http/context.ts";
import { requireActor, type With } from "../../platform/http/guards.ts";
import { redirectWithFlash } from "../../platform/http/middleware.ts";
import { contentDisposition, serveFile } from "../../platform/http/serve-file.ts";
import { readStreamedForm } from "../../platform/http/streamed-form.ts";
import { CAPTIONS_MAX_BYTES, WEBVTT_CONTENT_TYPE } from "../../platform/media/webvtt.ts";
import { emptyForm, type FormState } from "../../platform/ui/components.tsx";
import { authoring, visibleCourse } from "./authoring.guards.ts";
import { lessonOf, refusedForm } from "./lesson-files.ts";
import type { Course, Lesson } from "./types.ts";
import { captionLanguages, captionTrack } from "./video.repo.ts";
import {
  addCaptions,
  captionFileRule,
  recordPosition,
  removeCaptions,
  setVideo,
  VIDEO_MAX_BYTES,
  videoFile,
  videoFileRule,
  videoOf,
} from "./video.service.ts";
import { lessonPath, videoFormPage } from "./views/video-lesson.tsx";
import "./messages.ts";

async function showForm(
  c: With<{ course: Course }>,
  lesson: Lesson,
  forms: { videoForm?: FormState; captionsForm?: FormState } = {},
  status = 200,
) {
  const deps = c.get("deps");
  const video = await videoOf(deps, lesson.id);
  return videoFormPage(
    c,
    {
      course: c.get("course"),
      lesson,
      video,
      languages: await captionLanguages(deps.db, lesson.id),
      videoForm: forms.videoForm ?? emptyForm(video ? { consent: "on", consentBy: video.consent.by } : {}),
      captionsForm: forms.captionsForm ?? emptyForm(),
    },
    status,
  );
}

/** A video and the form's text: what one post of the video form may carry. */
const VIDEO_UPLOAD_LIMIT = VIDEO_MAX_BYTES + MAX_FORM_BYTES;
/** A caption file and the form's few fields. */
const CAPTIONS_UPLOAD_LIMIT = CAPTIONS_MAX_BYTES + 64 * 1024;

export function videoRoutes() {
  const r = new Hono<AppEnv>();
  const base = "/learning/courses/:slug/lessons/:id";

  r.get(`${base}/video/edit`, ...authoring, async (c) => {
    const lesson = await lessonOf(c);
    if (lesson.kind !== "video") throw new AppError(404, "not-found", "Not found.");
    return showForm(c, lesson);
  });

  r.post(`${base}/video`, bodyLimit(VIDEO_UPLOAD_LIMIT, { streamed: true }), ...authoring, async (c) => {
    const lesson = await lessonOf(c);
    const body = await readStreamedForm(c, videoFileRule);
    const str = (k: string) => body.fields[k] ?? "";
    const values = { url: str("url"), consent: str("consent"), consentBy: str("consentBy") };
    try {
      await setVideo(c.get("deps"), c.get("actor"), c.get("course"), lesson, {
        file: body.stored.file ?? body.problems.file ?? null,
        url: values.url,
        consent: values.consent === "on",
        consentBy: values.consentBy,
      });
    } catch (err) {
      // Nothing half-stored: a refused form leaves no file behind.
      await body.discard();
      const form = refusedForm(c, values, err);
      return showForm(c, lesson, { videoForm: form }, (err as AppError).status);
    }
    return redirectWithFlash(c, lessonPath(c.get("course"), lesson), {
      kind: "success",
      key: "learning.video.saved",
    });
  });

  r.post(
    `${base}/captions`,
    bodyLimit(CAPTIONS_UPLOAD_LIMIT, { streamed: true }),
    ...authoring,
    async (c) => {
      const lesson = await lessonOf(c);
      const body = await readStreamedForm(c, captionFileRule);
      const values = { language: body.fields.language ?? "" };
      const file = body.inMemory.captions;
      try {
        await addCaptions(c.get("deps"), c.get("actor"), c.get("course"), lesson, {
          language: values.language,
          file: file?.bytes.byteLength ? file : null,
        });
      } catch (err) {
        const form = refusedForm(c, values, err);
        return showForm(c, lesson, { captionsForm: form }, (err as AppError).status);
      }
      return redirectWithFlash(c, `${lessonPath(c.get("course"), lesson)}/video/edit`, {
        kind: "success",
        key: "learning.video.captionsAdded",
      });
    },
  );

  r.post(`${base}/captions/:lang/delete`, ...authoring, async (c) => {
    const lesson = await lessonOf(c);
    await removeCaptions(c.get("deps"), c.get("actor"), c.get("course"), lesson, c.req.param("lang"));
    return redirectWithFlash(c, `${lessonPath(c.get("course"), lesson)}/video/edit`, {
      kind: "success",
      key: "learning.video.captionsRemoved",
    });
  });

  // The files, to whoever may see the course: the video a range at a time, each track as WebVTT.
  r.get(`${base}/video`, visibleCourse, async (c) => {
    const lesson = await lessonOf(c);
    const f = await videoFile(c.get("deps"), lesson.id);
    return serveFile(c, c.get("deps").files, f.key, {
      "Content-Type": f.contentType,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": contentDisposition("inline", f.fileName),
    });
  });

  r.get(`${base}/captions/:file{[a-z]{2}\\.vtt}`, visibleCourse, async (c) => {
    const lesson = await lessonOf(c);
    const track = await captionTrack(c.get("deps").db, lesson.id, c.req.param("file").slice(0, 2));
    if (!track) throw new AppError(404, "not-found", "Not found.");
    return c.body(track.vtt, 200, {
      "Content-Type": WEBVTT_CONTENT_TYPE,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    });
  });

  // The learner's own position: saved for the signed-in actor only, so no one writes another's.
  r.post(`${base}/position`, requireActor(), visibleCourse, async (c) => {
    const lesson = await lessonOf(c);
    const body = await c.req.parseBody();
    const seconds =
      typeof body.seconds === "string" && body.seconds.trim() ? Number(body.seconds) : Number.NaN;
    await recordPosition(c.get("deps"), c.get("actor"), c.get("course"), lesson, seconds);
    return c.body(null, 204);
  });

  return r;
}
