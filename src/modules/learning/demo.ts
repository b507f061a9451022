// Demo learning content and learners (demo.data.ts): the Digital City Expert curriculum, published,
// and five learners from the network's organisations with progress written directly as history —
// enrolments, lessons done, quiz attempts and completions on days before the load day, without
// events (decision 0051: the "course completed" notices go in the lists through seedNotice, never
// mailed), and each completion its certificate, given directly. Seeding twice does nothing the
// second time.
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { seedNotice } from "../../platform/notifications.ts";
import { accountByEmail, networkBySlug } from "../identity/index.ts";
import { loadPractice } from "../practices/index.ts";
import {
  createCourse,
  createCurriculum,
  saveLesson,
  saveModule,
  saveQuizQuestion,
  setCourseStatus,
} from "./authoring.service.ts";
import { certificateLanguage, issueCertificate } from "./certificates.service.ts";
import { seedCohortDemo } from "./cohorts.demo.ts";
import { curriculumBy, lessonsOf } from "./courses.repo.ts";
import { COURSES, CURRICULUM, LEARNERS } from "./demo.data.ts";
import { grade } from "./grading.ts";
import { insertTombstone } from "./personal-data.repo.ts";
import {
  enrolmentOf,
  insertCurriculumCompletion,
  insertEnrolment,
  markDone,
  setCompleted,
  setLastLesson,
} from "./progress.repo.ts";
import { insertAttempt, keyOf, quizOf } from "./quiz.repo.ts";
import { seedDemoReading } from "./reading.demo.ts";
import type { Answers } from "./tables.ts";
import type { Course } from "./types.ts";
import { seedDemoVideo } from "./video.demo.ts";

const DAY = 86_400_000;

export async function seedLearningDemo(deps: Deps): Promise<void> {
  if (await curriculumBy(deps.db, { slug: CURRICULUM.slug })) return;
  const network = await networkBySlug(deps, "digital-city-experts").catch(() => null);
  if (!network) return;
  const curriculumId = await createCurriculum(deps, SYSTEM, {
    networkId: network.id,
    slug: CURRICULUM.slug,
    title: CURRICULUM.title,
    summary: CURRICULUM.summary,
    language: "en",
    visibility: "public",
    published: true,
  });
  const courses = new Map<string, Course>();
  for (const [position, d] of COURSES.entries()) {
    const course = await createCourse(deps, SYSTEM, network.id, {
      title: d.title,
      summary: d.summary,
      topic: d.topic,
      language: d.language,
      visibility: "public",
      curriculumId,
      position,
      translationOf: d.translationOf ? courses.get(d.translationOf)!.id : null,
      prerequisites: (d.prerequisites ?? []).map((k) => courses.get(k)!.id),
    });
    courses.set(d.key, course);
    for (const [mi, m] of d.modules.entries()) {
      const moduleId = await saveModule(deps, SYSTEM, course, { title: m.title, position: mi + 1 });
      for (const [li, l] of m.lessons.entries()) {
        const lessonId = await saveLesson(deps, SYSTEM, course, {
          moduleId,
          kind: l.kind,
          title: l.title,
          body: l.body,
          url: l.url ?? null,
          practices: await existingPractices(deps, l.practices ?? []),
          position: li + 1,
          passMark: l.quiz?.passMark ?? 70,
          maxAttempts: l.quiz?.maxAttempts ?? null,
        });
        const lesson = (await lessonsOf(deps.db, [course.id])).find((x) => x.id === lessonId)!;
        if (l.kind === "video") await seedDemoVideo(deps, course, lesson);
        if (l.kind === "reading" && !l.url) await seedDemoReading(deps, course, lesson);
        for (const [qi, q] of (l.quiz?.questions ?? []).entries())
          await saveQuizQuestion(deps, SYSTEM, course, lesson, { ...q, position: qi + 1 });
      }
    }
    await setCourseStatus(deps, SYSTEM, course, true);
  }
  await seedLearners(deps, curriculumId, courses);
  await seedCohortDemo(deps, courses.get("basics")!);
  // A learner of an earlier run who has since deleted the account: the printed certificate's code
  // now answers "no longer available" (what the erasure leaves, personal-data.ts).
  await insertTombstone(deps.db, DEMO_WITHDRAWN_CODE, new Date(deps.clock.now().getTime() - 60 * DAY));
}

/** The code of a demo certificate withdrawn when its holder deleted the account. */
export const DEMO_WITHDRAWN_CODE = "dce0-c3rt-0999";

/** Practices of the catalogue's demo that exist (the practices lesson links what is there). */
async function existingPractices(deps: Deps, slugs: string[]): Promise<string[]> {
  const out = [];
  for (const s of slugs) if (await loadPractice(deps, s).catch(() => null)) out.push(s);
  return out;
}

/** Answers to a quiz that pass (every question right) or fail (every question wrong). */
function answersFor(key: Awaited<ReturnType<typeof keyOf>>, right: boolean): Answers {
  const a: Answers = {};
  for (const q of key) {
    if (q.kind === "short") a[q.id] = right ? (q.acceptedAnswers[0] ?? "") : "no idea";
    else
      a[q.id] = q.options
        .filter((o) => o.correct === right)
        .slice(0, q.kind === "multiple" ? 8 : 1)
        .map((o) => o.id);
  }
  return a;
}

async function seedLearners(deps: Deps, curriculumId: string, courses: Map<string, Course>) {
  issued = 0;
  const today = deps.clock.now().getTime();
  for (const [i, l] of LEARNERS.entries()) {
    const account = await accountByEmail(deps, l.email);
    if (!account) continue;
    // Each learner started a few weeks ago, a few days apart, and did a course a week.
    let day = today - (40 - i * 4) * DAY;
    const steps = [
      ...l.completed.map((k) => ({ key: k, lessons: 99, failedQuiz: false })),
      ...(l.started
        ? [{ key: l.started.course, lessons: l.started.lessons, failedQuiz: Boolean(l.started.failedQuiz) }]
        : []),
    ];
    for (const step of steps) {
      const course = courses.get(step.key)!;
      const at = (d: number) => new Date(day + d * DAY);
      await insertEnrolment(deps.db, { id: newId(), courseId: course.id, accountId: account.id, at: at(0) });
      const lessons = await lessonsOf(deps.db, [course.id]);
      let last: string | null = null;
      for (const [n, lesson] of lessons.slice(0, step.lessons).entries()) {
        last = lesson.id;
        if (lesson.kind !== "quiz") {
          await markDone(deps.db, {
            accountId: account.id,
            lessonId: lesson.id,
            courseId: course.id,
            at: at(n + 1),
          });
          continue;
        }
        const quiz = (await quizOf(deps.db, lesson.id))!;
        const key = await keyOf(deps.db, lesson.id);
        const tries = step.failedQuiz ? [false] : [false, true].slice(i % 2 ? 0 : 1);
        for (const [k, right] of tries.entries()) {
          const answers = answersFor(key, right);
          const g = grade(key, answers, quiz.passMark);
          await insertAttempt(deps.db, {
            id: newId(),
            quizId: lesson.id,
            accountId: account.id,
            n: k + 1,
            answers,
            score: g.score,
            passed: g.passed,
            at: at(n + 1),
          });
        }
      }
      const enrolment = (await enrolmentOf(deps.db, course.id, account.id))!;
      if (last) await setLastLesson(deps.db, enrolment.id, last);
      if (step.lessons >= lessons.length && !step.failedQuiz) {
        const done = at(lessons.length + 1);
        await setCompleted(deps.db, enrolment.id, done);
        await certify(deps, account, { courseId: course.id }, done);
      }
      day += 7 * DAY;
    }
    if (["basics", "data", "projects"].every((k) => l.completed.includes(k))) {
      await insertCurriculumCompletion(deps.db, curriculumId, account.id, new Date(day));
      await certify(deps, account, { curriculumId }, new Date(day));
    }
  }
}

/** The demo's certificates have fixed codes, in the order given: the first is Anna Gruber's first course. */
export const DEMO_CERTIFICATE_CODE = "dce0-c3rt-0001";
let issued = 0;

/**
 * The certificate of a demo completion, given directly (not through the job), and its "course
 * completed" notice in the learner's list, dated the day of the completion.
 */
async function certify(
  deps: Deps,
  account: { id: string; language: string },
  subject: { courseId: string } | { curriculumId: string },
  at: Date,
) {
  const completion = { learnerId: account.id, completedAt: at.toISOString(), ...subject };
  const code = `dce0-c3rt-${String(++issued).padStart(4, "0")}`;
  const cert = await issueCertificate(deps, deps.db, completion, certificateLanguage(account.language), code);
  if (!cert) return;
  await seedNotice(
    deps,
    "learning.course-completed",
    {
      learnerId: account.id,
      certificateId: cert.id,
      courseId: cert.courseId,
      curriculumId: cert.curriculumId,
    },
    at,
  );
}
