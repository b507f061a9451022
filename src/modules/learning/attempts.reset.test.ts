// Attempts reset by a facilitator (decision 0060), on the embedded database and PostgreSQL: from the
// cohort's progress page (a link per learner and quiz, a confirmation page with a reason) and through
// the API. The learner has the full limit again, their earlier attempts stay (marked, and in their
// history), the limit holds after it, a pass is never undone (409), the learner is told, the audit
// log has it; the learner may not reset their own, nor may another network's coordinator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { loadActor } from "../identity/index.ts";
import { resetsOf } from "./attempts.reset.repo.ts";
import { createCohort } from "./cohorts.service.ts";
import { enrol } from "./progress.service.ts";
import { quizContext, submitAttempt } from "./quiz.service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete dei tentativi" });
});
afterAll(() => t.close());

const day = (n: number) => new Date(t.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** A course whose quiz allows two attempts, a cohort with a facilitator, and a learner in it who used both. */
async function setup() {
  const b = await buildCourse(t, net.id, { maxAttempts: 2 });
  const lab = await buildLab(t, net.id);
  const facilitator = await actorFor(t, "member", net.id);
  const cohort = await createCohort(t.deps, SYSTEM, b.course, {
    title: "Edizione dei tentativi",
    startsOn: day(0),
    endsOn: day(60),
    capacity: 10,
    labId: lab.id,
    facilitators: [facilitator.accountId!],
  });
  const learner = await actorFor(t, "member", net.id);
  const join = await learner.client.submit(
    `/learning/cohorts/${cohort.id}`,
    `/learning/cohorts/${cohort.id}/join`,
    {},
  );
  expect(join.status).toBe(200);
  const actor = (await loadActor(t.deps, learner.accountId!))!;
  const ctx = await quizContext(t.deps, actor, b.quizId);
  const wrong = { [b.choiceId]: [b.wrongOption], [b.shortId]: "no" };
  const right = { [b.choiceId]: [b.rightOption], [b.shortId]: "città aperta" };
  for (let i = 0; i < 2; i++) await submitAttempt(t.deps, actor, ctx, wrong);
  const name = (await t.deps.pool.query("select name from accounts where id = $1", [learner.accountId]))
    .rows[0].name as string;
  return {
    ...b,
    cohort,
    facilitator,
    learner,
    actor,
    ctx,
    wrong,
    right,
    name,
    resetPath: `/learning/cohorts/${cohort.id}/learners/${learner.accountId}/quizzes/${b.quizId}/reset`,
    quizPage: `/learning/courses/${b.course.slug}/lessons/${b.quizId}`,
  };
}

const api = (token: string | undefined, quizId: string, body: unknown) =>
  t.app.request(`/api/v1/quizzes/${quizId}/attempts/resets`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const escaped = (s: string) => s.replaceAll("'", "&#39;");

describe("resetting a learner's attempts from the cohort's progress page", () => {
  it("gives the full limit again, keeps the earlier attempts, tells the learner and writes the audit log", async () => {
    const s = await setup();
    expect(await (await s.learner.client.get(s.quizPage)).text()).toContain(
      "Hai usato tutti i tentativi di questo quiz.",
    );
    // The facilitator's table offers the reset, named for the learner and the quiz.
    const progress = await (
      await s.facilitator.client.get(`/learning/cohorts/${s.cohort.id}/progress`)
    ).text();
    expect(progress).toContain(`href="${s.resetPath}"`);
    expect(progress).toContain("Tentativi: 2 su 2");
    expect(progress).toContain(`di ${escaped(s.name)} al quiz «Il quiz»`);
    const confirm = await s.facilitator.client.get(s.resetPath);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain(`Azzera i tentativi di ${escaped(s.name)} al quiz «Il quiz»`);

    // Too long a reason: the same form with its error, nothing stored.
    const bad = await s.facilitator.client.submit(s.resetPath, s.resetPath, { reason: "x".repeat(201) });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Il motivo può avere al massimo 200 caratteri.");
    expect(await resetsOf(t.deps.db, s.quizId, s.learner.accountId!)).toHaveLength(0);

    const ok = await s.facilitator.client.submit(s.resetPath, s.resetPath, {
      reason: "Assente per malattia",
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/learning/cohorts/${s.cohort.id}/progress`);

    // Kept, marked with the reset; the reset names who and why.
    const [reset] = await resetsOf(t.deps.db, s.quizId, s.learner.accountId!);
    expect(reset).toMatchObject({
      reset_by: s.facilitator.accountId,
      reason: "Assente per malattia",
      attempts: 2,
    });
    const { rows } = await t.deps.pool.query(
      "select n, reset_id from learning_attempts where quiz_id = $1 and account_id = $2 order by n",
      [s.quizId, s.learner.accountId],
    );
    expect(rows).toEqual([
      { n: 1, reset_id: reset!.id },
      { n: 2, reset_id: reset!.id },
    ]);
    const audit = await t.deps.pool.query(
      "select actor_id, subject_id, network_id, details from audit_log where action = 'learning.attempts-reset' and subject_id = $1",
      [s.learner.accountId],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_id: s.facilitator.accountId, network_id: net.id });
    expect(audit.rows[0].details).toMatchObject({
      title: "Il quiz",
      reason: "Assente per malattia",
      attempts: 2,
    });

    // The learner: the full limit again, the earlier attempts still in their history, and a notice.
    const page = await (await s.learner.client.get(s.quizPage)).text();
    expect(page).toContain("Tentativi usati: 0 su 2.");
    expect(page).toContain("sono stati azzerati da chi facilita il corso");
    expect(page).toContain(`href="${s.quizPage}/attempts/1"`);
    expect(page).toContain(`href="${s.quizPage}/attempts/2"`);
    expect(page).toContain(`action="${s.quizPage}/attempts"`);
    expect((await s.learner.client.get(`${s.quizPage}/attempts/2`)).status).toBe(200);
    await jobsSettled(t);
    const notices = await t.deps.pool.query(
      "select href, text_params from notifications where kind = 'learning.attempts-reset' and account_id = $1",
      [s.learner.accountId],
    );
    expect(notices.rows).toEqual([
      { href: s.quizPage, text_params: { quiz: "Il quiz", course: s.course.title } },
    ]);

    // Two more attempts, numbered on (3, 4), then the limit again.
    expect((await submitAttempt(t.deps, s.actor, s.ctx, s.wrong)).n).toBe(3);
    expect((await submitAttempt(t.deps, s.actor, s.ctx, s.wrong)).n).toBe(4);
    const over = await submitAttempt(t.deps, s.actor, s.ctx, s.wrong).catch((e) => e);
    expect(over.code).toBe("attempts-used");
    // The table shows the attempts that count.
    expect(
      await (await s.facilitator.client.get(`/learning/cohorts/${s.cohort.id}/progress`)).text(),
    ).toContain("Tentativi: 2 su 2");
  });

  it("is refused to the learner themself and to another network's coordinator", async () => {
    const s = await setup();
    expect((await s.learner.client.get(s.resetPath)).status).toBe(403);
    const own = await s.learner.client.post(s.resetPath, { _csrf: await s.learner.client.csrf(s.quizPage) });
    expect(own.status).toBe(403);
    expect((await api(s.learner.token, s.quizId, { learnerId: s.learner.accountId })).status).toBe(403);
    const other = await actorFor(t, "other-coordinator", net.id);
    expect((await other.client.get(s.resetPath)).status).toBe(404);
    expect((await api(other.token, s.quizId, { learnerId: s.learner.accountId })).status).toBe(404);
    // Someone of the network who neither authors nor facilitates this cohort: 403.
    const member = await actorFor(t, "member", net.id);
    expect((await member.client.get(s.resetPath)).status).toBe(403);
    expect((await api(member.token, s.quizId, { learnerId: s.learner.accountId })).status).toBe(403);
    expect(await resetsOf(t.deps.db, s.quizId, s.learner.accountId!)).toHaveLength(0);
  });
});

describe("the API", () => {
  it("lets the course's authors reset a self-paced learner (204), and answers 409 once the quiz is passed", async () => {
    const b = await buildCourse(t, net.id, { maxAttempts: 1 });
    const learner = await actorFor(t, "member", net.id);
    const actor = (await loadActor(t.deps, learner.accountId!))!;
    await enrol(t.deps, actor, b.course);
    const ctx = await quizContext(t.deps, actor, b.quizId);
    const coordinator = await actorFor(t, "coordinator", net.id);
    // Not tried yet: nothing to reset.
    const nothing = await api(coordinator.token, b.quizId, { learnerId: learner.accountId });
    expect(nothing.status).toBe(409);
    expect((await nothing.json()).code).toBe("nothing-to-reset");
    await submitAttempt(t.deps, actor, ctx, { [b.choiceId]: [b.wrongOption], [b.shortId]: "no" });
    // Someone not enrolled: a field error.
    const stranger = await actorFor(t, "member", net.id);
    const unknown = await api(coordinator.token, b.quizId, { learnerId: stranger.accountId });
    expect(unknown.status).toBe(422);
    expect((await api(coordinator.token, b.quizId, { learnerId: "nope" })).status).toBe(422);
    const ok = await api(coordinator.token, b.quizId, {
      learnerId: learner.accountId,
      reason: "Seconda prova",
    });
    expect(ok.status).toBe(204);
    const passed = await submitAttempt(t.deps, actor, ctx, {
      [b.choiceId]: [b.rightOption],
      [b.shortId]: "città aperta",
    });
    expect([passed.n, passed.passed]).toEqual([2, true]);
    const again = await api(coordinator.token, b.quizId, { learnerId: learner.accountId });
    expect(again.status).toBe(409);
    const problem = await again.json();
    expect(problem.code).toBe("quiz-passed");
    expect(problem.detail).toContain("never undone");
    // The pass stands: the enrolment's completion is untouched, no attempt was marked.
    const { rows } = await t.deps.pool.query(
      "select n, passed, reset_id is not null as reset from learning_attempts where quiz_id = $1 order by n",
      [b.quizId],
    );
    expect(rows).toEqual([
      { n: 1, passed: false, reset: true },
      { n: 2, passed: true, reset: false },
    ]);
    expect((await api(undefined, b.quizId, { learnerId: learner.accountId })).status).toBe(401);
  });

  it("does not offer the reset once passed, and the confirmation page says why", async () => {
    const s = await setup();
    // A reset, then a pass.
    expect((await s.facilitator.client.submit(s.resetPath, s.resetPath, { reason: "" })).status).toBe(303);
    await submitAttempt(t.deps, s.actor, s.ctx, s.right);
    const progress = await (
      await s.facilitator.client.get(`/learning/cohorts/${s.cohort.id}/progress`)
    ).text();
    expect(progress).not.toContain(s.resetPath);
    const page = await s.facilitator.client.get(s.resetPath);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("un superamento registrato non si annulla");
    const post = await s.facilitator.client.post(s.resetPath, {
      _csrf: await s.facilitator.client.csrf(`/learning/cohorts/${s.cohort.id}/progress`),
    });
    expect(post.status).toBe(409);
  });
});
