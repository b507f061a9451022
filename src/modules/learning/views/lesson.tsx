// A lesson's page: its text (Markdown rendered on the server), reading (link or document) or linked practices,
// "mark as done" (a plain form), and for a quiz its form or, after an attempt, the feedback. The way
// to the previous and next lesson closes the page.
import type { Child } from "hono/jsx";
import { clientScript } from "../../../platform/http/client-scripts.ts";
import type { Ctx } from "../../../platform/http/context.ts";
import { renderMarkdown } from "../../../platform/markdown.ts";
import { Csrf, type FormState } from "../../../platform/ui/components.tsx";
import { render } from "../../../platform/ui/layout.tsx";
import type { QuestionFeedback } from "../grading.ts";
import type { Course, Lesson, PublicQuestion, Quiz } from "../types.ts";
import { kindLabel } from "./parts.tsx";
import { AttemptResult, QuizForm } from "./quiz.tsx";
import { ReadingLessonPart, type ReadingView } from "./reading-lesson.tsx";
import { VideoLessonPart, type VideoView } from "./video-lesson.tsx";

export type QuizView = {
  quiz: Quiz;
  questions: PublicQuestion[];
  used: number;
  /** Attempts made in all, with those a facilitator reset (they stay in the history). */
  made: number;
  left: number | null;
  best: number | null;
  passed: boolean;
  form: FormState;
  /** On an attempt's page: the attempt and its feedback. */
  attempt?: { n: number; score: number; passed: boolean; feedback: QuestionFeedback[] };
};

export function lessonPage(
  c: Ctx,
  d: {
    course: Course;
    lesson: Lesson;
    moduleTitle: string;
    previous: Lesson | null;
    next: Lesson | null;
    enrolled: boolean;
    done: boolean;
    canStudy: boolean;
    practices: { slug: string; title: string; summary: string }[];
    quiz?: QuizView;
    video?: VideoView | undefined;
    reading?: ReadingView | undefined;
  },
  status = 200,
) {
  const t = c.get("t");
  const { course, lesson } = d;
  const base = `/learning/courses/${course.slug}`;
  const here = `${base}/lessons/${lesson.id}`;
  const body = renderMarkdown(lesson.body, { headingOffset: 1, responsiveTables: true });
  const title = d.quiz?.attempt ? t("learning.quiz.resultTitle", { title: lesson.title }) : lesson.title;
  return render(
    c,
    {
      title: `${title} · ${course.title}`,
      breadcrumbs: [
        { href: "/learning", label: t("learning.title") },
        { href: base, label: course.title },
        ...(d.quiz?.attempt ? [{ href: here, label: lesson.title }] : []),
        { label: d.quiz?.attempt ? t("learning.quiz.attemptN", { n: d.quiz.attempt.n }) : lesson.title },
      ],
      // The video player's island (client/video): speed, current cue, saved position.
      scripts: d.video?.video ? [clientScript("video")] : [],
    },
    <div class="row">
      <article class="col-12 col-lg-8" lang={course.language}>
        <p class="small mb-1" lang={c.get("lang")}>
          {d.moduleTitle} · {kindLabel(t, lesson)}
        </p>
        <h1>{title}</h1>
        {body ? <div class="learning-text" dangerouslySetInnerHTML={{ __html: body }} /> : null}
        {d.reading ? <ReadingLessonPart c={c} course={course} lesson={lesson} v={d.reading} /> : null}
        {lesson.kind === "practices" ? <Practices c={c} practices={d.practices} /> : null}
        {d.video ? <VideoLessonPart c={c} course={course} lesson={lesson} v={d.video} /> : null}
        <div lang={c.get("lang")}>
          {d.quiz ? <QuizPart c={c} d={d} q={d.quiz} here={here} /> : <DonePart c={c} d={d} here={here} />}
        </div>
        <nav
          aria-label={t("learning.lesson.nav")}
          class="d-flex flex-wrap justify-content-between gap-3 mt-5"
          lang={c.get("lang")}
        >
          {d.previous ? (
            <a href={`${base}/lessons/${d.previous.id}`}>
              {t("learning.lesson.previous")}: <span lang={course.language}>{d.previous.title}</span>
            </a>
          ) : (
            <span />
          )}
          {d.next ? (
            <a href={`${base}/lessons/${d.next.id}`}>
              {t("learning.lesson.next")}: <span lang={course.language}>{d.next.title}</span>
            </a>
          ) : (
            <a href={base}>{t("learning.lesson.backToCourse")}</a>
          )}
        </nav>
      </article>
    </div>,
    status,
  );
}

function Practices({
  c,
  practices,
}: {
  c: Ctx;
  practices: { slug: string; title: string; summary: string }[];
}) {
  const t = c.get("t");
  return (
    <section aria-labelledby="linked-practices" class="mb-4">
      <h2 id="linked-practices" class="h4" lang={c.get("lang")}>
        {t("learning.practices")}
      </h2>
      <ul>
        {practices.map((p) => (
          <li class="mb-2">
            <a href={`/practices/${p.slug}`}>{p.title}</a>
            {p.summary ? <span class="d-block small">{p.summary}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

type D = Parameters<typeof lessonPage>[1];

function DonePart({ c, d, here }: { c: Ctx; d: D; here: string }): Child {
  const t = c.get("t");
  if (d.done) return <p class="alert alert-success mt-4">{t("learning.lesson.isDone")}</p>;
  if (!d.enrolled) return d.canStudy ? <p class="mt-4">{t("learning.lesson.enrolToTrack")}</p> : null;
  if (d.course.status !== "published") return <p class="mt-4">{t("learning.unpublishedReadOnly")}</p>;
  if (d.lesson.kind === "live") return <p class="mt-4">{t("learning.cohorts.liveByCheckIn")}</p>;
  return (
    <form method="post" action={`${here}/done`} class="mt-4">
      <Csrf token={c.get("csrfToken")()} />
      <button type="submit" class="btn btn-primary">
        {t("learning.lesson.markDone")}
      </button>
    </form>
  );
}

function QuizPart({ c, d, q, here }: { c: Ctx; d: D; q: QuizView; here: string }): Child {
  const t = c.get("t");
  const info = (
    <ul class="list-unstyled mb-4">
      <li>{t("learning.quiz.passMark", { mark: q.quiz.passMark })}</li>
      <li>
        {q.quiz.maxAttempts === null
          ? t("learning.quiz.unlimited")
          : t("learning.quiz.attemptsOf", { used: q.used, max: q.quiz.maxAttempts })}
      </li>
      {q.made > q.used ? <li>{t("learning.reset.learnerNote")}</li> : null}
      <li>{t("learning.quiz.noTimeLimit")}</li>
      {q.best !== null ? <li>{t("learning.quiz.best", { score: q.best })}</li> : null}
    </ul>
  );
  if (q.attempt)
    return (
      <>
        <AttemptResult
          c={c}
          questions={q.questions}
          feedback={q.attempt.feedback}
          attempt={q.attempt}
          passMark={q.quiz.passMark}
          language={d.course.language}
        />
        {info}
        {!q.passed && q.left !== 0 ? (
          <p>
            <a class="btn btn-primary" href={here}>
              {t("learning.quiz.tryAgain")}
            </a>
          </p>
        ) : null}
      </>
    );
  const attempts = q.made ? (
    <p>
      {Array.from({ length: q.made }, (_, i) => (
        <>
          {i ? " · " : ""}
          <a href={`${here}/attempts/${i + 1}`}>{t("learning.quiz.attemptN", { n: i + 1 })}</a>
        </>
      ))}
    </p>
  ) : null;
  if (!d.enrolled)
    return (
      <>
        {info}
        <p>{d.canStudy ? t("learning.quiz.enrolFirst") : t("learning.cannotEnrol")}</p>
      </>
    );
  if (q.passed)
    return (
      <>
        <p class="alert alert-success">{t("learning.quiz.alreadyPassed")}</p>
        {info}
        {attempts}
      </>
    );
  if (q.left === 0 || d.course.status !== "published")
    return (
      <>
        {info}
        <p>{q.left === 0 ? t("learning.quiz.noneLeft") : t("learning.unpublishedReadOnly")}</p>
        {attempts}
      </>
    );
  return (
    <>
      {info}
      {attempts}
      <QuizForm
        c={c}
        questions={q.questions}
        action={`${here}/attempts`}
        form={q.form}
        language={d.course.language}
      />
    </>
  );
}
