// A learner's personal data in learning (embedded database, and PostgreSQL when DATABASE_URL is set),
// through the manifest hooks as "download my data" and "delete my account" will call them
// (app/personal-data.ts): the download holds enrolments, lessons done, attempts with the answers
// given, certificates; the erasure deletes them in one transaction with the other modules', the
// certificate's code then says "no longer available" (410), the cohort keeps an anonymous count, and
// a certificate job that runs afterwards gives nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { buildCourse, completeThroughPages } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { erasePersonalData, exportPersonalData } from "../../app/personal-data.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { loadActor } from "../identity/index.ts";
import { myRegistration } from "../labs/index.ts";
import { issueCertificateFor } from "./certificates.jobs.ts";
import { createCohort } from "./cohorts.service.ts";
import { manifest } from "./manifest.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei dati personali" });
});
afterAll(() => t.close());

const day = (n: number) => new Date(t.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);

const TABLES = [
  "learning_enrolments",
  "learning_lesson_progress",
  "learning_attempts",
  "learning_attempt_resets",
  "learning_certificates",
];
const rowsOf = async (accountId: string) => {
  const out: Record<string, number> = {};
  for (const table of TABLES)
    out[table] = (
      await t.deps.pool.query(`select count(*)::int as n from ${table} where account_id = $1`, [accountId])
    ).rows[0].n;
  return out;
};

/** A learner in a cohort who fails the quiz once, then completes the course: a certificate follows. */
async function learnerWithHistory(capacity = 10) {
  const b = await buildCourse(t, net.id);
  const lab = await buildLab(t, net.id);
  const meeting = await buildMeeting(t, lab);
  const facilitator = await actorFor(t, "member", net.id);
  const cohort = await createCohort(t.deps, SYSTEM, b.course, {
    title: "Bootcamp dei dati",
    startsOn: day(0),
    endsOn: day(30),
    capacity,
    labId: lab.id,
    facilitators: [facilitator.accountId!],
  });
  const learner = await actorFor(t, "member", net.id);
  const joined = await learner.client.submit(
    `/learning/cohorts/${cohort.id}`,
    `/learning/cohorts/${cohort.id}/join`,
    {},
  );
  expect(joined.status).toBe(200);
  const quiz = `/learning/courses/${b.course.slug}/lessons/${b.quizId}`;
  const failed = await learner.client.submit(quiz, `${quiz}/attempts`, {
    [`answers.${b.choiceId}`]: b.wrongOption,
    [`answers.${b.shortId}`]: "Città chiusa",
  });
  expect(failed.status).toBe(303);
  // The cohort's facilitator resets the failed attempt (a row the learner's data holds too).
  const reset = `/learning/cohorts/${cohort.id}/learners/${learner.accountId}/quizzes/${b.quizId}/reset`;
  expect((await facilitator.client.submit(reset, reset, { reason: "Seconda possibilità" })).status).toBe(303);
  await completeThroughPages(learner.client, b);
  await jobsSettled(t);
  const { rows } = await t.deps.pool.query("select code from learning_certificates where account_id = $1", [
    learner.accountId,
  ]);
  expect(rows).toHaveLength(1);
  return {
    ...b,
    cohort,
    meeting,
    facilitator,
    learner,
    id: learner.accountId!,
    code: rows[0].code as string,
  };
}

describe("a learner's data", () => {
  it("downloads as readable JSON: enrolment in the cohort, lessons done, both attempts with their answers, the certificate", async () => {
    const s = await learnerWithHistory();
    const mine = (await exportPersonalData(t.deps, s.id)).learning!;
    expect(mine.enrolments).toEqual([
      expect.objectContaining({
        course: s.course.title,
        cohort: "Bootcamp dei dati",
        completedAt: expect.any(String),
      }),
    ]);
    expect(mine.lessonsDone).toEqual([
      expect.objectContaining({ course: s.course.title, lesson: "Una lezione di testo" }),
    ]);
    const attempts = mine.quizAttempts as { attempt: number; passed: boolean; answers: unknown }[];
    expect(attempts.map((a) => [a.attempt, a.passed])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(attempts[0]!.answers).toEqual([
      { question: "Qual è il capoluogo della Liguria?", answer: ["Savona"] },
      { question: "Come si chiama la città dei dati aperti?", answer: "Città chiusa" },
    ]);
    expect(attempts[1]!.answers).toEqual([
      { question: "Qual è il capoluogo della Liguria?", answer: ["Genova"] },
      { question: "Come si chiama la città dei dati aperti?", answer: "Città Aperta" },
    ]);
    expect(mine.attemptResets).toEqual([
      expect.objectContaining({ quiz: "Il quiz", attempts: 1, reason: "Seconda possibilità" }),
    ]);
    expect(mine.certificates).toEqual([
      expect.objectContaining({
        code: s.code,
        course: s.course.title,
        url: `${t.deps.config.baseUrl}/learning/certificates/${s.code}`,
      }),
    ]);
    // The answer key is not the learner's data: the download never says which option was right.
    expect(JSON.stringify(mine)).not.toContain("FEEDBACK-GIUSTO");
    // Someone else's download holds none of it.
    const other = await actorFor(t, "member", net.id);
    expect((await exportPersonalData(t.deps, other.accountId!)).learning).toMatchObject({
      enrolments: [],
      quizAttempts: [],
      certificates: [],
    });
  });

  it("is erased: rows gone, the code answers 'no longer available', the cohort keeps an anonymous count", async () => {
    const s = await learnerWithHistory();
    expect(Object.values(await rowsOf(s.id)).every((n) => n > 0)).toBe(true);
    expect((await t.app.request(`/learning/certificates/${s.code}`)).status).toBe(200);

    await erasePersonalData(t.deps, s.id);

    expect(await rowsOf(s.id)).toEqual(Object.fromEntries(TABLES.map((x) => [x, 0])));
    const page = await t.app.request(`/learning/certificates/${s.code}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain("Attestato non più disponibile");
    expect(html).not.toContain(s.course.title);
    // The same code typed in capitals still finds the tombstone; a code never issued is still unknown.
    expect((await t.app.request(`/learning/certificates/${s.code.toUpperCase()}`)).status).toBe(410);
    expect((await t.app.request("/learning/certificates/zzzz-zzzz-9999")).status).toBe(404);

    const progress = await s.facilitator.client.get(`/learning/cohorts/${s.cohort.id}/progress`);
    expect(progress.status).toBe(200);
    const text = await progress.text();
    expect(text).toContain("cancellato il proprio account: 1, di cui 1 con il corso completato");
    expect(text).toContain("Nessuna persona partecipa ancora");

    // A certificate job still queued for the completion gives nothing now.
    await issueCertificateFor(t.deps, {
      learnerId: s.id,
      courseId: s.course.id,
      completedAt: new Date().toISOString(),
    });
    expect((await rowsOf(s.id)).learning_certificates).toBe(0);
    expect((await exportPersonalData(t.deps, s.id)).learning).toMatchObject({
      enrolments: [],
      certificates: [],
    });
  });

  it("gives the erased member's cohort place to the first in line, registered for the sessions", async () => {
    const s = await learnerWithHistory(1);
    const next = await actorFor(t, "member", net.id);
    const path = `/learning/cohorts/${s.cohort.id}`;
    expect(await (await next.client.submit(path, `${path}/join`, {})).text()).toContain("lista d&#39;attesa");

    await erasePersonalData(t.deps, s.id);
    await jobsSettled(t);

    const { rows } = await t.deps.pool.query(
      "select cohort_id from learning_enrolments where account_id = $1 and course_id = $2",
      [next.accountId, s.course.id],
    );
    expect(rows).toEqual([{ cohort_id: s.cohort.id }]);
    const actor = (await loadActor(t.deps, next.accountId!))!;
    expect((await myRegistration(t.deps, actor, s.meeting.id))?.status).toBe("confirmed");
    const notices = await t.deps.pool.query(
      "select count(*)::int as n from notifications where account_id = $1 and kind = 'learning.cohort-place'",
      [next.accountId],
    );
    expect(notices.rows[0].n).toBe(1);
  });

  it("erases nothing when another module's erasure fails: one transaction for all", async () => {
    const s = await learnerWithHistory();
    const before = await rowsOf(s.id);
    const failing = {
      name: "failing",
      personalData: async () => ({
        export: async () => ({}),
        erase: async () => {
          throw new Error("erasure failed");
        },
      }),
    };
    await expect(erasePersonalData(t.deps, s.id, [manifest, failing])).rejects.toThrow("erasure failed");
    expect(await rowsOf(s.id)).toEqual(before);
    expect((await t.app.request(`/learning/certificates/${s.code}`)).status).toBe(200);
  });
});
