// A video lesson's part of the lesson page (the platform's CuePlayer: one caption track per language,
// the transcript's cues beside the video, the speed select, the saved position) and the authors'
// page that sets the video (an upload or a URL elsewhere, with the consent of the people filmed) and
// adds or removes caption tracks, one per language.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { allowMediaFrom } from "../../../platform/http/csp.ts";
import { type CaptionTrack, CuePlayer } from "../../../platform/media/cue-player.tsx";
import { clock } from "../../../platform/media/webvtt-cues.ts";
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  FileField,
  type FormState,
  SelectField,
  TextField,
} from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import { CONTENT_LANGUAGES } from "../tables.ts";
import type { Course, Lesson } from "../types.ts";
import type { Track, Video } from "../video.service.ts";
import { languageName, lessonManageFrame } from "./parts.tsx";

export type VideoView = {
  video: Video | null;
  tracks: Track[];
  /** Set for a learner who may study the course: where they stopped (null: the start). */
  position: { resumeAt: number | null } | null;
  canAuthor: boolean;
};

export const lessonPath = (course: Course, lesson: Lesson) =>
  `/learning/courses/${course.slug}/lessons/${lesson.id}`;

/** A track's label: the language's own name ("Deutsch", "suomi"), as a viewer of it looks for it. */
const autonym = (code: string) => {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

/**
 * The transcript shown: the one asked for (`?transcript=`), else the interface's language, else the
 * language spoken (the course's), else the first track.
 */
function transcriptOf(v: VideoView, asked: string | undefined, ui: string, spoken: string) {
  const by = (l: string | undefined) => v.tracks.find((tr) => tr.language === l);
  return by(asked) ?? by(ui) ?? by(spoken) ?? v.tracks[0] ?? null;
}

export const VideoLessonPart: FC<{ c: Ctx; course: Course; lesson: Lesson; v: VideoView }> = ({
  c,
  course,
  lesson,
  v,
}) => {
  const t = c.get("t");
  const ui = c.get("lang");
  const here = lessonPath(course, lesson);
  const manage = v.canAuthor ? (
    <p>
      <a class="btn btn-outline-primary" href={`${here}/video/edit`}>
        {t("learning.video.manage")}
      </a>
    </p>
  ) : null;
  if (!v.video)
    return (
      <div lang={ui}>
        <p class="alert alert-info">{t("learning.video.none")}</p>
        {manage}
      </div>
    );
  const src = v.video.source.kind === "file" ? `${here}/video` : v.video.source.url;
  // A video hosted elsewhere: this response's CSP names its host in media-src.
  if (v.video.source.kind === "url") allowMediaFrom(c, src);
  const tracks: CaptionTrack[] = v.tracks.map((tr) => ({
    src: `${here}/captions/${tr.language}.vtt`,
    srclang: tr.language,
    label: autonym(tr.language),
    // The interface's language on by default when the video speaks another.
    default: tr.language === ui && ui !== course.language,
  }));
  const shown = transcriptOf(v, c.req.query("transcript"), ui, course.language);
  const nav =
    v.tracks.length > 1 ? (
      <nav aria-label={t("learning.video.transcriptIn")} class="mb-2 small">
        {t("learning.video.transcriptIn")}:{" "}
        {v.tracks.map((tr, i) => (
          <>
            {i ? " · " : ""}
            <a
              href={`?transcript=${tr.language}#transcript`}
              hreflang={tr.language}
              lang={tr.language}
              aria-current={tr === shown ? "true" : undefined}
            >
              {autonym(tr.language)}
            </a>
          </>
        ))}
      </nav>
    ) : null;
  const resumeAt = v.position?.resumeAt ?? null;
  return (
    <div lang={ui}>
      {v.video.source.kind === "url" ? (
        <p class="small">{t("learning.video.elsewhere", { host: new URL(src).host })}</p>
      ) : null}
      {resumeAt && resumeAt > 1 ? (
        <p class="small">{t("learning.video.resumeNote", { time: clock(resumeAt) })}</p>
      ) : null}
      {v.tracks.length ? null : <p>{t("learning.video.noCaptions")}</p>}
      <CuePlayer
        c={c}
        src={src}
        downloadName={v.video.source.kind === "file" ? v.video.source.fileName : undefined}
        tracks={tracks}
        transcript={shown ? { lang: shown.language, cues: shown.cues } : null}
        transcriptNav={nav}
        consent={v.video.consent}
        position={v.position ? { url: `${here}/position`, csrf: c.get("csrfToken")(), resumeAt } : undefined}
      />
      {manage}
    </div>
  );
};

export function videoFormPage(
  c: Ctx,
  d: {
    course: Course;
    lesson: Lesson;
    video: Video | null;
    languages: string[];
    videoForm: FormState;
    captionsForm: FormState;
  },
  status = 200,
) {
  const t = c.get("t");
  const ui = c.get("lang");
  const here = lessonPath(d.course, d.lesson);
  const title = t("learning.video.formTitle", { title: d.lesson.title });
  const labels = {
    file: t("learning.f.file"),
    url: t("learning.f.videoUrl"),
    consent: t("learning.f.consent"),
    consentBy: t("learning.f.consentBy"),
  };
  const captionLabels = {
    language: t("learning.f.captionsLanguage"),
    captions: t("learning.f.captionsFile"),
  };
  const current = d.video
    ? d.video.source.kind === "file"
      ? d.video.source.fileName
      : d.video.source.url
    : null;
  const free = CONTENT_LANGUAGES.filter((l) => !d.languages.includes(l));
  return formPage(
    c,
    {
      ...lessonManageFrame(t, { ...d, here }, title, t("learning.video.manage")),
      form: d.videoForm,
      labels,
      action: `${here}/video`,
      // The upload streams: the CSRF token comes first (FormBlock), then the fields, then the file.
      enctype: "multipart/form-data",
      submit: t("learning.video.save"),
      cancel: { href: here, label: t("learning.f.cancel") },
      intro: (
        <>
          <h2 class="h4">{t("learning.video.sourceHeading")}</h2>
          <p>{t("learning.video.sourceIntro")}</p>
          {current ? <p>{t("learning.video.current", { what: current })}</p> : null}
        </>
      ),
      children: (
        <>
          <FileField
            name="file"
            label={labels.file}
            accept="video/mp4,video/webm"
            error={d.videoForm.errors.file}
          />
          <TextField form={d.videoForm} name="url" type="url" label={labels.url} maxlength={500} />
          <fieldset class="mt-4 mb-4">
            <legend class="h6">{t("media.video.consentHeading")}</legend>
            <div class="mb-4">
              <Checkbox form={d.videoForm} name="consent" label={labels.consent} />
            </div>
            <TextField
              form={d.videoForm}
              name="consentBy"
              label={labels.consentBy}
              required
              maxlength={500}
            />
          </fieldset>
        </>
      ),
      after: (
        <section aria-labelledby="captions-heading" class="mt-5">
          <h2 id="captions-heading" class="h4">
            {t("learning.video.captionsHeading")}
          </h2>
          <p>{t("learning.video.captionsIntro")}</p>
          {d.languages.length ? (
            <ul class="list-unstyled">
              {d.languages.map((l) => (
                <li class="d-flex flex-wrap align-items-center gap-3 mb-2">
                  <a href={`${here}/captions/${l}.vtt`} hreflang={l}>
                    {languageName(ui, l)} ({l})
                  </a>
                  <form method="post" action={`${here}/captions/${l}/delete`}>
                    <Csrf token={c.get("csrfToken")()} />
                    <button type="submit" class="btn btn-sm btn-outline-danger">
                      {t("learning.video.removeCaptions", { language: languageName(ui, l) })}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          ) : null}
          {free.length ? (
            <>
              <ErrorSummary form={d.captionsForm} title={t("form.errorSummary")} labels={captionLabels} />
              <form
                method="post"
                action={`${here}/captions`}
                enctype="multipart/form-data"
                novalidate
                class="mt-4"
              >
                <Csrf token={c.get("csrfToken")()} />
                <SelectField
                  form={d.captionsForm}
                  name="language"
                  label={captionLabels.language}
                  options={free.map((l) => ({ value: l, label: `${languageName(ui, l)} (${l})` }))}
                />
                <FileField
                  name="captions"
                  label={captionLabels.captions}
                  accept=".vtt,text/vtt"
                  error={d.captionsForm.errors.captions}
                />
                <button type="submit" class="btn btn-primary">
                  {t("learning.video.addCaptions")}
                </button>
              </form>
            </>
          ) : null}
        </section>
      ),
    },
    status,
  );
}
