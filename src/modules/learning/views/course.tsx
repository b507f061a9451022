// A course's page: what it is, its curriculum and prerequisites, the learner's progress with
// "enrol" or "continue", and the outline (modules → lessons, each marked done or not in words).
// Authors also get the tools to edit, add modules and lessons, and publish or unpublish.
import type { Child } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { Csrf } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { Course, Curriculum, Outline, Progress } from "../types.ts";
import { CourseBadges, kindLabel, ProgressBar } from "./parts.tsx";

export function coursePage(
  c: Ctx,
  d: {
    outline: Outline;
    network: { slug: string; name: string };
    curriculum?: Curriculum;
    prerequisites: Course[];
    translations: Course[];
    progress: Progress | null;
    canStudy: boolean;
    canAuthor: boolean;
    /** A refusal to show above the progress (a prerequisite missing). */
    error?: string;
    /** The course's cohorts (views/cohort.tsx). */
    cohorts?: Child;
  },
  status: 200 | 409 = 200,
) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { course } = d.outline;
  const base = `/learning/courses/${course.slug}`;
  const p = d.progress;
  const enrolled = Boolean(p?.enrolment);
  const lessonStatus = (id: string, kind: string) =>
    !p ? null : (kind === "quiz" ? p.passed.has(id) : p.done.has(id)) ? t("learning.lesson.done") : null;
  return render(
    c,
    {
      title: course.title,
      breadcrumbs: [{ href: "/learning", label: t("learning.title") }, { label: course.title }],
    },
    <article lang={course.language}>
      <CourseBadges t={t} lang={lang} course={course} />
      <h1>{course.title}</h1>
      {course.summary ? <p class="lead">{course.summary}</p> : null}
      <dl class="row" lang={lang}>
        <dt class="col-sm-3">{t("learning.network")}</dt>
        <dd class="col-sm-9">
          <a href={`/networks/${d.network.slug}`}>{d.network.name}</a>
        </dd>
        {d.curriculum ? (
          <>
            <dt class="col-sm-3">{t("learning.curriculum")}</dt>
            <dd class="col-sm-9">{d.curriculum.title}</dd>
          </>
        ) : null}
        {d.prerequisites.length ? (
          <>
            <dt class="col-sm-3">{t("learning.prerequisites")}</dt>
            <dd class="col-sm-9">
              <ul class="mb-0">
                {d.prerequisites.map((r) => (
                  <li>
                    <a href={`/learning/courses/${r.slug}`}>{r.title}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {d.translations.length ? (
          <>
            <dt class="col-sm-3">{t("learning.otherLanguages")}</dt>
            <dd class="col-sm-9">
              {d.translations.map((x, i) => (
                <>
                  {i ? ", " : ""}
                  <a href={`/learning/courses/${x.slug}`} hreflang={x.language} lang={x.language}>
                    {x.title}
                  </a>
                </>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="my-progress" class="mb-4" lang={lang}>
        <h2 id="my-progress" class="h4">
          {t("learning.progress.title")}
        </h2>
        {d.error ? (
          <div class="alert alert-danger" role="alert" id="error-summary" tabindex={-1}>
            {d.error}
          </div>
        ) : null}
        {enrolled && p ? (
          <>
            {p.enrolment?.completedAt ? (
              <p class="alert alert-success" role="status">
                {t("learning.completedOn", { date: p.enrolment.completedAt.toLocaleDateString(lang) })}
              </p>
            ) : null}
            <ProgressBar t={t} done={p.requiredDone} total={p.requiredCount} id="progress-text" />
            {course.status === "published" ? (
              <a class="btn btn-primary" href={`${base}/continue`}>
                {t("learning.continue")}
              </a>
            ) : (
              <p>{t("learning.unpublishedReadOnly")}</p>
            )}
          </>
        ) : d.canStudy ? (
          <form method="post" action={`${base}/enrol`}>
            <Csrf token={c.get("csrfToken")()} />
            <p>{t("learning.enrolHint")}</p>
            <button type="submit" class="btn btn-primary">
              {t("learning.enrol")}
            </button>
          </form>
        ) : c.get("actor") ? (
          <p>{t("learning.cannotEnrol")}</p>
        ) : (
          <p>
            <a href={`/sign-in?next=${encodeURIComponent(base)}`}>{t("learning.signInToEnrol")}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="outline" class="mb-4">
        <h2 id="outline" class="h4" lang={lang}>
          {t("learning.outline")}
        </h2>
        {d.outline.modules.length ? null : <p lang={lang}>{t("learning.noModules")}</p>}
        {d.outline.modules.map((m, i) => (
          <section aria-labelledby={`module-${m.id}`} class="mb-3">
            <h3 id={`module-${m.id}`} class="h5">
              {i + 1}. {m.title}
            </h3>
            <ol class="learning-outline">
              {m.lessons.map((l) => (
                <li>
                  <a href={`${base}/lessons/${l.id}`}>{l.title}</a>{" "}
                  <span class="small" lang={lang}>
                    ({kindLabel(t, l)}
                    {l.required ? "" : `, ${t("learning.optional")}`})
                    {lessonStatus(l.id, l.kind) ? <strong> · {lessonStatus(l.id, l.kind)}</strong> : null}
                  </span>
                  {d.canAuthor ? (
                    <a class="ms-2 small" href={`${base}/lessons/${l.id}/edit`} lang={lang}>
                      {t("learning.author.editLesson")}
                      <span class="visually-hidden">: {l.title}</span>
                    </a>
                  ) : null}
                </li>
              ))}
            </ol>
            {d.canAuthor ? (
              <p class="small" lang={lang}>
                <a href={`${base}/modules/${m.id}/edit`}>
                  {t("learning.author.editModule")}
                  <span class="visually-hidden">: {m.title}</span>
                </a>{" "}
                ·{" "}
                <a href={`${base}/lessons/new?module=${m.id}`}>
                  {t("learning.author.addLesson")}
                  <span class="visually-hidden">: {m.title}</span>
                </a>
              </p>
            ) : null}
          </section>
        ))}
      </section>
      {d.cohorts}
      {d.canAuthor ? <AuthorTools c={c} course={course} base={base} /> : null}
    </article>,
    status,
  );
}

function AuthorTools({ c, course, base }: { c: Ctx; course: Course; base: string }) {
  const t = c.get("t");
  const published = course.status === "published";
  return (
    <section aria-labelledby="author-tools" class="mt-4" lang={c.get("lang")}>
      <h2 id="author-tools" class="h4">
        {t("learning.author.tools")}
      </h2>
      <div class="d-flex flex-wrap gap-3 align-items-center">
        <a class="btn btn-outline-primary" href={`${base}/edit`}>
          {t("learning.author.editCourse")}
        </a>
        <a class="btn btn-outline-primary" href={`${base}/modules/new`}>
          {t("learning.author.addModule")}
        </a>
        <form method="post" action={`${base}/${published ? "unpublish" : "publish"}`}>
          <Csrf token={c.get("csrfToken")()} />
          <button type="submit" class={`btn ${published ? "btn-outline-danger" : "btn-success"}`}>
            {t(published ? "learning.author.unpublish" : "learning.author.publish")}
          </button>
        </form>
      </div>
    </section>
  );
}
