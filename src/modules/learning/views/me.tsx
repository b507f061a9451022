// /learning/me and the "my area" section (/me): courses in progress with "continue", completed
// courses with their date, completed curricula.
import type { Ctx } from "../../../platform/http/context.ts";
import { render } from "../../../platform/ui/layout.tsx";
import type { MyCourse } from "../me.read.ts";
import { myLearning } from "../me.read.ts";
import { Certificates } from "./certificate.tsx";
import { ProgressBar } from "./parts.tsx";

type Mine = Awaited<ReturnType<typeof myLearning>>;

function InProgress({ c, items, headingLevel }: { c: Ctx; items: MyCourse[]; headingLevel: "h3" | "h4" }) {
  const t = c.get("t");
  const H = headingLevel;
  return (
    <ul class="list-unstyled">
      {items.map(({ course, done, total }) => (
        <li class="mb-3">
          <H class="h6 mb-1" lang={course.language}>
            <a href={`/learning/courses/${course.slug}`}>{course.title}</a>
          </H>
          <ProgressBar t={t} done={done} total={total} id={`progress-${course.id}`} />
          {course.status === "published" ? (
            <a href={`/learning/courses/${course.slug}/continue`}>
              {t("learning.continue")}
              <span class="visually-hidden">: {course.title}</span>
            </a>
          ) : (
            <span class="small">{t("learning.unpublishedReadOnly")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Completed({ c, mine }: { c: Ctx; mine: Mine }) {
  const t = c.get("t");
  const lang = c.get("lang");
  return (
    <ul>
      {mine.completed.map(({ course, enrolment }) => (
        <li>
          <a href={`/learning/courses/${course.slug}`} lang={course.language}>
            {course.title}
          </a>{" "}
          · {t("learning.completedOn", { date: enrolment.completedAt!.toLocaleDateString(lang) })}
        </li>
      ))}
      {mine.curricula.map(({ curriculum, completedAt }) => (
        <li>
          <strong>{t("learning.curriculumDone", { title: curriculum.title })}</strong> ·{" "}
          {t("learning.completedOn", { date: completedAt.toLocaleDateString(lang) })}
        </li>
      ))}
    </ul>
  );
}

export function myLearningPage(c: Ctx, mine: Mine) {
  const t = c.get("t");
  return render(
    c,
    {
      title: t("learning.me.title"),
      breadcrumbs: [{ href: "/learning", label: t("learning.title") }, { label: t("learning.me.title") }],
    },
    <>
      <h1>{t("learning.me.title")}</h1>
      <section aria-labelledby="in-progress" class="mb-4">
        <h2 id="in-progress" class="h4">
          {t("learning.me.inProgress")}
        </h2>
        {mine.inProgress.length ? (
          <InProgress c={c} items={mine.inProgress} headingLevel="h3" />
        ) : (
          <p>
            {t("learning.me.none")} <a href="/learning">{t("learning.me.browse")}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="completed" class="mb-4">
        <h2 id="completed" class="h4">
          {t("learning.me.completed")}
        </h2>
        {mine.completed.length || mine.curricula.length ? (
          <Completed c={c} mine={mine} />
        ) : (
          <p>{t("learning.me.noneCompleted")}</p>
        )}
      </section>
      <Certificates c={c} items={mine.certificates} />
    </>,
  );
}

/** The section of /me (slot `identity.me.sections`). */
export async function myLearningSection(c: Ctx) {
  const actor = c.get("actor");
  if (!actor) return null;
  const t = c.get("t");
  const mine = await myLearning(c.get("deps"), actor);
  return (
    <section aria-labelledby="me-learning" class="mb-4">
      <h2 id="me-learning" class="h4">
        {t("learning.me.title")}
      </h2>
      {mine.inProgress.length ? (
        <InProgress c={c} items={mine.inProgress.slice(0, 3)} headingLevel="h3" />
      ) : (
        <p>{t("learning.me.none")}</p>
      )}
      {mine.completed.length ? <p>{t("learning.me.completedCount", { n: mine.completed.length })}</p> : null}
      <p>
        <a href="/learning/me">{t("learning.me.all")}</a> · <a href="/learning">{t("learning.me.browse")}</a>
      </p>
    </section>
  );
}
