// Small pieces the learning pages share: a course's badges, a progress bar with its words, a
// lesson's kind, the language's name.
import type { FC } from "hono/jsx";
import type { T } from "../../../platform/i18n/index.ts";
import type { Course, Lesson } from "../types.ts";

/**
 * The heading, browser title and breadcrumbs of a page that manages one lesson's media (its video,
 * its reading's document): Learning › course › lesson › `manage`.
 */
export function lessonManageFrame(
  t: T,
  d: { course: Course; lesson: Lesson; here: string },
  title: string,
  manage: string,
) {
  return {
    title,
    pageTitle: `${title} · ${d.course.title}`,
    breadcrumbs: [
      { href: "/learning", label: t("learning.title") },
      { href: `/learning/courses/${d.course.slug}`, label: d.course.title },
      { href: d.here, label: d.lesson.title },
      { label: manage },
    ],
  };
}

/** The name of a content language in the interface's language ("Inglese", "English"). */
export function languageName(uiLang: string, code: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const CourseBadges: FC<{ t: T; lang: string; course: Course }> = ({ t, lang, course }) => (
  <p class="mb-1 d-flex flex-wrap gap-1">
    <span class="badge bg-primary" lang={course.language}>
      {languageName(lang, course.language)}
    </span>
    {course.topic ? <span class="badge bg-light text-dark">{course.topic}</span> : null}
    {course.status === "draft" ? <span class="badge bg-warning text-dark">{t("learning.draft")}</span> : null}
    {course.visibility !== "public" ? (
      <span class="badge bg-light text-dark">{t(`learning.visibility.${course.visibility}`)}</span>
    ) : null}
  </p>
);

/** Progress in words ("3 of 5 required lessons done") and as a native <progress> named by them. */
export const ProgressBar: FC<{ t: T; done: number; total: number; id: string }> = ({
  t,
  done,
  total,
  id,
}) => (
  <div class="mb-3">
    <p id={id} class="mb-1">
      {t("learning.progress.text", { done, total })}
    </p>
    <progress class="learning-progress" value={done} max={Math.max(total, 1)} aria-labelledby={id} />
  </div>
);

export const kindLabel = (t: T, l: Lesson) => t(`learning.kind.${l.kind}`);
