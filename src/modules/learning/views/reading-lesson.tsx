// A reading lesson's part of the lesson page (the link elsewhere, or the document to download with
// its name, type and size) and the authors' page that uploads, replaces or deletes the document.
import type { FC } from "hono/jsx";
import { fileSizeLabel, fileTypeLabel } from "../../../platform/files/labels.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf, FileField, type FormState } from "../../../platform/ui/components.tsx";
import { formPage } from "../../../platform/ui/form-page.tsx";
import type { ReadingFile } from "../reading.service.ts";
import type { Course, Lesson } from "../types.ts";
import { lessonManageFrame } from "./parts.tsx";
import { lessonPath } from "./video-lesson.tsx";

export type ReadingView = { file: ReadingFile | null; canAuthor: boolean };

/** What the page says of the document: "PDF, 2,3 MB". */
const about = (c: Ctx, f: ReadingFile) => ({
  type: fileTypeLabel(f.contentType),
  size: fileSizeLabel(c.get("lang"), f.size),
});

export const ReadingLessonPart: FC<{ c: Ctx; course: Course; lesson: Lesson; v: ReadingView }> = ({
  c,
  course,
  lesson,
  v,
}) => {
  const t = c.get("t");
  const here = lessonPath(course, lesson);
  const manage = v.canAuthor ? (
    <p>
      <a class="btn btn-outline-secondary" href={`${here}/reading/edit`}>
        {t("learning.reading.manage")}
      </a>
    </p>
  ) : null;
  if (v.file)
    return (
      <div lang={c.get("lang")} class="mb-4">
        <p class="mb-2 text-break">{t("learning.reading.fileName", { name: v.file.fileName })}</p>
        <p>
          <a class="btn btn-outline-primary" href={`${here}/reading`} download={v.file.fileName}>
            {t("learning.reading.download", about(c, v.file))}
          </a>
        </p>
        {manage}
      </div>
    );
  if (lesson.url)
    return (
      <div lang={c.get("lang")}>
        <p>
          <a class="btn btn-outline-primary" href={lesson.url} rel="noopener external">
            {t("learning.reading.open")}
          </a>
        </p>
        {manage}
      </div>
    );
  return (
    <div lang={c.get("lang")}>
      <p class="alert alert-info">{t("learning.reading.none")}</p>
      {manage}
    </div>
  );
};

export function readingFormPage(
  c: Ctx,
  d: { course: Course; lesson: Lesson; file: ReadingFile | null; form: FormState },
  status = 200,
) {
  const t = c.get("t");
  const here = lessonPath(d.course, d.lesson);
  const title = t("learning.reading.formTitle", { title: d.lesson.title });
  const labels = { file: t("learning.f.readingFile") };
  return formPage(
    c,
    {
      ...lessonManageFrame(t, { ...d, here }, title, t("learning.reading.manage")),
      form: d.form,
      labels,
      action: `${here}/reading`,
      // The upload streams: the CSRF token comes first (FormBlock), then the file.
      enctype: "multipart/form-data",
      submit: t("learning.reading.save"),
      cancel: { href: here, label: t("learning.f.cancel") },
      intro: (
        <>
          <p>{t("learning.reading.intro")}</p>
          {d.file ? (
            <p class="text-break">
              {t("learning.reading.current", { name: d.file.fileName, ...about(c, d.file) })}
            </p>
          ) : d.lesson.url ? (
            <p class="text-break">{t("learning.reading.replacesLink", { url: d.lesson.url })}</p>
          ) : null}
        </>
      ),
      children: (
        <FileField
          name="file"
          label={labels.file}
          accept=".pdf,.epub,.odt,.docx,application/pdf,application/epub+zip,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          error={d.form.errors.file}
        />
      ),
      after: d.file ? (
        <section aria-labelledby="remove-heading" class="mt-5">
          <h2 id="remove-heading" class="h4">
            {t("learning.reading.removeHeading")}
          </h2>
          <p>{t("learning.reading.removeIntro")}</p>
          <form method="post" action={`${here}/reading/delete`}>
            <Csrf token={c.get("csrfToken")()} />
            <button type="submit" class="btn btn-outline-danger">
              {t("learning.reading.remove")}
            </button>
          </form>
        </section>
      ) : undefined,
    },
    status,
  );
}
