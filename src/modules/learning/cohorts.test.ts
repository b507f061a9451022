// Cohorts end to end (embedded database, and PostgreSQL when DATABASE_URL is set): joining within and
// over capacity through the page (the waiting list, leaving, the first in line promoted: the
// waiting list's own tests are in cohorts.waitlist.test.ts), the learner registered for the lab's upcoming meetings (waiting
// list included), a check-in at a live session's meeting marking the lesson done through
// `labs.attendance.recorded` (and completing the course), the progress page and its CSV, and who
// may see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildLab, buildMeeting } from "../../../test/helpers/labs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { loadActor } from "../identity/index.ts";
import { checkInCode, getMeeting, myRegistration } from "../labs/index.ts";
import { addLiveSession, createCohort } from "./cohorts.service.ts";
import { modulesOf } from "./courses.repo.ts";
import { lessonOfCourse } from "./courses.service.ts";
import { doneLessons, enrolmentOf } from "./progress.repo.ts";
import { markLessonDone } from "./progress.service.ts";
import { quizContext, submitAttempt } from "./quiz.service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete delle edizioni" });
});
afterAll(() => t.close());

const day = (n: number) => new Date(t.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** A course whose only required lesson is a live session, a cohort of `capacity`, its lab with two meetings. */
async function setup(capacity: number) {
  const b = await buildCourse(t, net.id);
  const lab = await buildLab(t, net.id);
  const first = await buildMeeting(t, lab, { capacity: 1, waitlist: true });
  const second = await buildMeeting(t, lab, {
    startsAt: new Date(t.clock.now().getTime() + 21 * 86_400_000),
    endsAt: new Date(t.clock.now().getTime() + 21 * 86_400_000 + 7_200_000),
  });
  const facilitator = await actorFor(t, "member", net.id);
  const cohort = await createCohort(t.deps, SYSTEM, b.course, {
    title: "Smart City Bootcamp di prova",
    startsOn: day(0),
    endsOn: day(60),
    capacity,
    labId: lab.id,
    facilitators: [facilitator.accountId!],
  });
  const [mod] = await modulesOf(t.deps.db, b.course.id);
  const live = await addLiveSession(t.deps, SYSTEM, cohort, b.course, {
    moduleId: mod!.id,
    meetingId: first.id,
    title: "Avvio in diretta",
  });
  return { ...b, lab, first, second, cohort, live, facilitator };
}

const join = async (who: Awaited<ReturnType<typeof actorFor>>, cohortId: string) =>
  who.client.submit(`/learning/cohorts/${cohortId}`, `/learning/cohorts/${cohortId}/join`, {});

describe("joining a cohort", () => {
  it("enrols within capacity, registers for the lab's meetings (waiting list when full) and puts one beyond capacity on the cohort's waiting list", async () => {
    const s = await setup(2);
    const a = await actorFor(t, "member", net.id);
    const b = await actorFor(t, "member", net.id);
    const c = await actorFor(t, "member", net.id);
    const ra = await join(a, s.cohort.id);
    expect(ra.status).toBe(200);
    const pa = await ra.text();
    expect(pa).toContain("La tua partecipazione all&#39;edizione è registrata.");
    expect(pa).toContain("posto confermato");
    const rb = await join(b, s.cohort.id);
    expect(rb.status).toBe(200);
    // The first meeting has one place: the second learner waits for it, and has a place at the other.
    expect(await rb.text()).toContain("in lista d&#39;attesa");
    const actorA = (await loadActor(t.deps, a.accountId!))!;
    const actorB = (await loadActor(t.deps, b.accountId!))!;
    expect((await myRegistration(t.deps, actorA, s.first.id))?.status).toBe("confirmed");
    expect((await myRegistration(t.deps, actorA, s.second.id))?.status).toBe("confirmed");
    expect((await myRegistration(t.deps, actorB, s.first.id))?.status).toBe("waitlisted");
    expect((await enrolmentOf(t.deps.db, s.course.id, a.accountId!))?.courseId).toBe(s.course.id);
    // Beyond capacity: the waiting list, not a place (and no enrolment).
    const rc = await join(c, s.cohort.id);
    expect(rc.status).toBe(200);
    expect(await rc.text()).toContain(
      "L&#39;edizione è al completo: sei al numero 1 della lista d&#39;attesa.",
    );
    expect(await enrolmentOf(t.deps.db, s.course.id, c.accountId!)).toBeUndefined();
    // Joining twice changes nothing.
    expect(await (await a.client.get(`/learning/cohorts/${s.cohort.id}`)).text()).toContain(
      "Partecipi a questa edizione.",
    );
    await join(a, s.cohort.id);
    // Each learner with a place is told once ("a place in a cohort"); the one waiting is not.
    await jobsSettled(t);
    const { rows } = await t.deps.pool.query(
      `select account_id, href from notifications where kind = 'learning.cohort-place' and account_id = any($1::uuid[])`,
      [[a.accountId, b.accountId, c.accountId]],
    );
    expect(rows.map((r) => r.account_id).sort()).toEqual([a.accountId, b.accountId].sort());
    expect(rows.every((r) => r.href === `/learning/cohorts/${s.cohort.id}`)).toBe(true);
  });
});

describe("a live session", () => {
  it("is done when the learner is checked in, through labs.attendance.recorded, and cannot be marked by hand", async () => {
    const s = await setup(5);
    const a = await actorFor(t, "member", net.id);
    await join(a, s.cohort.id);
    const actorA = (await loadActor(t.deps, a.accountId!))!;
    const page = await a.client.get(`/learning/courses/${s.course.slug}/lessons/${s.live}`);
    expect(await page.text()).toContain("risulta svolta quando viene registrata la tua presenza");
    // By hand: refused (409), on the page as through the service.
    const refused = await markLessonDone(
      t.deps,
      actorA,
      s.course,
      await lessonOfCourse(t.deps, s.course, s.live),
    ).catch((e) => e);
    expect(refused.status).toBe(409);
    // Everything else done first: the check-in is the last step and completes the course.
    await markLessonDone(t.deps, actorA, s.course, await lessonOfCourse(t.deps, s.course, s.textId));
    const ctx = await quizContext(t.deps, actorA, s.quizId);
    await submitAttempt(t.deps, actorA, ctx, { [s.choiceId]: [s.rightOption], [s.shortId]: "citta aperta" });
    expect((await enrolmentOf(t.deps.db, s.course.id, a.accountId!))?.completedAt).toBeNull();
    const code = (await myRegistration(t.deps, actorA, s.first.id))!.code;
    const { meeting } = await getMeeting(t.deps, actorA, { id: s.first.id });
    await checkInCode(t.deps, meeting, code);
    await jobsSettled(t);
    expect((await doneLessons(t.deps.db, a.accountId!, [s.course.id])).has(s.live)).toBe(true);
    expect((await enrolmentOf(t.deps.db, s.course.id, a.accountId!))?.completedAt).not.toBeNull();
    const { rows } = await t.deps.pool.query(
      "select text_params from notifications where account_id = $1 and kind = 'learning.course-completed'",
      [a.accountId],
    );
    expect(rows.map((r) => r.text_params.course)).toContain(s.course.title);
    // A second check-in emits nothing new and changes nothing.
    expect((await checkInCode(t.deps, meeting, code)).already).not.toBeNull();
  });
});

describe("the progress page", () => {
  it("shows lessons, scores and attendance to facilitators and coordinators only, also as CSV", async () => {
    const s = await setup(5);
    const a = await actorFor(t, "member", net.id);
    await join(a, s.cohort.id);
    const actorA = (await loadActor(t.deps, a.accountId!))!;
    const { meeting } = await getMeeting(t.deps, actorA, { id: s.first.id });
    await checkInCode(t.deps, meeting, (await myRegistration(t.deps, actorA, s.first.id))!.code);
    await jobsSettled(t);
    await submitAttempt(t.deps, actorA, await quizContext(t.deps, actorA, s.quizId), {
      [s.choiceId]: [s.rightOption],
      [s.shortId]: "Città aperta",
    });
    const path = `/learning/cohorts/${s.cohort.id}/progress`;
    const page = await s.facilitator.client.get(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Presente");
    // The check-in and the passed quiz: two of three lessons.
    expect(html).toContain("2/3");
    expect(html).toContain("100%");
    const coordinator = await actorFor(t, "coordinator", net.id);
    expect((await coordinator.client.get(path)).status).toBe(200);
    const csv = await (await coordinator.client.get(`${path}.csv`)).text();
    const [head, row] = csv.trim().split("\r\n");
    expect(head).toContain("Partecipante,Lezioni svolte,Corso completato,Il quiz");
    expect(row).toMatch(/,2\/3,No,100,Presente,Iscrizione confermata$/);
    expect((await a.client.get(path)).status).toBe(403);
    expect((await a.client.get(`${path}.csv`)).status).toBe(403);
    const other = await actorFor(t, "other-coordinator", net.id);
    expect((await other.client.get(path)).status).toBe(404);
    const anonymous = await actorFor(t, "anonymous", net.id);
    expect((await anonymous.client.get(path)).status).not.toBe(200);
  });
});

describe("the cohort form", () => {
  it("creates a cohort of the course linked to a lab of its network, and re-renders bad input with its errors", async () => {
    const b = await buildCourse(t, net.id);
    const lab = await buildLab(t, net.id, { title: "Laboratorio del bootcamp" });
    const coordinator = await actorFor(t, "coordinator", net.id);
    const form = `/learning/courses/${b.course.slug}/cohorts/new`;
    expect(await (await coordinator.client.get(form)).text()).toContain("Laboratorio del bootcamp");
    const bad = await coordinator.client.submit(form, `/learning/courses/${b.course.slug}/cohorts`, {
      title: "",
      startsOn: day(10),
      endsOn: day(5),
      capacity: "0",
      labId: lab.id,
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain("La data di fine non può precedere quella di inizio.");
    expect(html).toContain("Scrivi un numero intero da 1 a 1000.");
    const otherLab = await buildLab(t, (await buildNetwork(t)).id);
    const foreign = await coordinator.client.submit(form, `/learning/courses/${b.course.slug}/cohorts`, {
      title: "Edizione",
      startsOn: day(1),
      endsOn: day(30),
      capacity: "10",
      labId: otherLab.id,
    });
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain("Scegli un laboratorio della rete del corso.");
    const ok = await coordinator.client.submit(form, `/learning/courses/${b.course.slug}/cohorts`, {
      title: "Edizione di primavera",
      startsOn: day(1),
      endsOn: day(30),
      capacity: "10",
      labId: lab.id,
    });
    expect(ok.status).toBe(303);
    const cohortPath = ok.headers.get("location")!;
    expect(cohortPath).toMatch(/^\/learning\/cohorts\/[0-9a-f-]{36}$/);
    // The creator facilitates it: the progress page is theirs; the course page lists the cohort.
    expect((await coordinator.client.get(`${cohortPath}/progress`)).status).toBe(200);
    const member = await actorFor(t, "member", net.id);
    const course = await (await member.client.get(`/learning/courses/${b.course.slug}`)).text();
    expect(course).toContain(`href="${cohortPath}"`);
    expect(course).not.toContain("/cohorts/new");

    // An author adds a live session from the cohort's page: a meeting of its lab, in a module.
    const meeting = await buildMeeting(t, lab, { title: "Sessione dal vivo del bootcamp" });
    const [mod] = await modulesOf(t.deps.db, b.course.id);
    const sessionForm = `${cohortPath}/sessions/new`;
    expect(await (await coordinator.client.get(sessionForm)).text()).toContain(
      "Sessione dal vivo del bootcamp",
    );
    expect((await member.client.get(sessionForm)).status).toBe(403);
    const wrong = await coordinator.client.submit(sessionForm, `${cohortPath}/sessions`, {
      meetingId: b.quizId,
      moduleId: mod!.id,
      title: "",
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Scegli un incontro del laboratorio dell&#39;edizione.");
    const added = await coordinator.client.submit(sessionForm, `${cohortPath}/sessions`, {
      meetingId: meeting.id,
      moduleId: mod!.id,
      title: "",
    });
    expect(added.status).toBe(303);
    const { rows } = await t.deps.pool.query(
      "select title, required from learning_lessons where course_id = $1 and kind = 'live' and meeting_id = $2",
      [b.course.id, meeting.id],
    );
    expect(rows).toEqual([{ title: "Sessione dal vivo del bootcamp", required: true }]);
  });
});
