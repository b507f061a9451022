// Learning end to end on the embedded database (and PostgreSQL when DATABASE_URL is set): who sees
// what, enrolling (prerequisites named in the 409), a text lesson marked done with a plain form, a
// quiz failed then passed through the page, completion with its event and notice, the answer key
// absent before submission in page and API, the frozen key (409), the attempt limit, and bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../test/helpers/client.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { jobsSettled } from "../../../test/helpers/jobs.ts";
import { buildCourse } from "../../../test/helpers/learning.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { SYSTEM } from "../../platform/auth/index.ts";
import { saveQuizQuestion, setCourseStatus } from "./authoring.service.ts";
import { lessonOfCourse } from "./courses.service.ts";

let t: TestRuntime;
let net: { id: string; slug: string };
type Who = { client: Client; token: string | undefined; accountId: string | undefined };
const who: Record<string, Who> = {};
beforeAll(async () => {
  t = await createTestRuntime();
  net = await buildNetwork(t, { name: "Rete della formazione" });
  for (const role of ["anonymous", "member", "learner", "other", "coordinator", "other-coordinator"] as const)
    who[role] = await actorFor(t, role === "learner" || role === "other" ? "member" : role, net.id);
});
afterAll(() => t.close());

const api = (w: Who, path: string, init: { method?: string; json?: unknown } = {}) =>
  t.app.request(path, {
    method: init.method ?? "GET",
    headers: {
      ...(w.token ? { authorization: `Bearer ${w.token}` } : {}),
      ...(init.json !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  });

const KEY_STRINGS = [
  "FEEDBACK-GIUSTO",
  "FEEDBACK-SBAGLIATO",
  "OPZIONE-FEEDBACK",
  "Città Aperta",
  '"correct"',
];

describe("visibility", () => {
  it("shows drafts to authors only and network courses to members only", async () => {
    const draft = await buildCourse(t, net.id, { published: false });
    const members = await buildCourse(t, net.id, { visibility: "network" });
    const path = (c: { slug: string }) => `/learning/courses/${c.slug}`;
    expect((await who.member!.client.get(path(draft.course))).status).toBe(404);
    expect((await who.coordinator!.client.get(path(draft.course))).status).toBe(200);
    expect((await who["other-coordinator"]!.client.get(path(draft.course))).status).toBe(404);
    expect((await who.anonymous!.client.get(path(members.course))).status).toBe(404);
    expect((await who.member!.client.get(path(members.course))).status).toBe(200);
    const list = await (await api(who.anonymous!, "/api/v1/courses?limit=100")).json();
    const ids = list.items.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(draft.course.id);
    expect(ids).not.toContain(members.course.id);
    expect((await api(who.anonymous!, `/api/v1/courses/${draft.course.id}`)).status).toBe(404);
    expect((await api(who.anonymous!, "/api/v1/courses?limit=500")).status).toBe(422);
    expect((await api(who.anonymous!, "/api/v1/courses/not-a-course")).status).toBe(404);
  });
});

describe("a learner's way through a course", () => {
  it("holds no answer key in the quiz page or the API before submission", async () => {
    const b = await buildCourse(t, net.id);
    const learner = who.learner!;
    await learner.client.submit(
      `/learning/courses/${b.course.slug}`,
      `/learning/courses/${b.course.slug}/enrol`,
      {},
    );
    const html = await (
      await learner.client.get(`/learning/courses/${b.course.slug}/lessons/${b.quizId}`)
    ).text();
    expect(html).toContain("Qual è il capoluogo della Liguria?");
    expect(html).toContain("<fieldset");
    expect(html).toContain("<legend");
    const body = await (await api(learner, `/api/v1/courses/${b.course.id}`)).text();
    expect(body).toContain("Qual è il capoluogo della Liguria?");
    for (const s of KEY_STRINGS) {
      expect(html).not.toContain(s);
      expect(body).not.toContain(s);
    }
  });

  it("enrols, marks a text lesson done without JS, fails then passes the quiz, completes the course", async () => {
    const b = await buildCourse(t, net.id);
    const c = who.learner!.client;
    const base = `/learning/courses/${b.course.slug}`;
    const enrolled = await c.submit(base, `${base}/enrol`, {});
    expect(enrolled.status).toBe(303);
    expect(enrolled.headers.get("location")).toBe(`${base}/continue`);
    expect((await c.get(`${base}/continue`)).headers.get("location")).toBe(`${base}/lessons/${b.textId}`);
    const done = await c.submit(`${base}/lessons/${b.textId}`, `${base}/lessons/${b.textId}/done`, {});
    expect(done.status).toBe(303);
    expect((await c.get(`${base}/continue`)).headers.get("location")).toBe(`${base}/lessons/${b.quizId}`);

    const quizPage = `${base}/lessons/${b.quizId}`;
    // A missing answer: the same form again, nothing stored.
    const missing = await c.submit(quizPage, `${quizPage}/attempts`, {
      [`answers.${b.choiceId}`]: b.rightOption,
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("Rispondi a questa domanda.");

    const failed = await c.submit(quizPage, `${quizPage}/attempts`, {
      [`answers.${b.choiceId}`]: b.wrongOption,
      [`answers.${b.shortId}`]: "Città chiusa",
    });
    expect(failed.status).toBe(303);
    expect(failed.headers.get("location")).toBe(`${quizPage}/attempts/1#attempt-result`);
    const review = await (await c.get(`${quizPage}/attempts/1`)).text();
    expect(review).toContain("Non superato: hai ottenuto il 0%");
    expect(review).toContain("OPZIONE-FEEDBACK-SAVONA");
    expect(review).toContain("FEEDBACK-SBAGLIATO-2");
    // Attempts remain: the right option's feedback is not given away.
    expect(review).not.toContain("OPZIONE-FEEDBACK-GENOVA");
    expect(review).toMatch(/<fieldset[^>]*aria-describedby="feedback-/);

    const passed = await c.submit(quizPage, `${quizPage}/attempts`, {
      [`answers.${b.choiceId}`]: b.rightOption,
      [`answers.${b.shortId}`]: "  citta APERTA ",
    });
    expect(passed.headers.get("location")).toBe(`${quizPage}/attempts/2#attempt-result`);
    expect(await (await c.get(`${quizPage}/attempts/2`)).text()).toContain("Superato: hai ottenuto il 100%");
    expect(await (await c.get(base)).text()).toContain("Completato il");

    const mine = await (await api(who.learner!, "/api/v1/me/enrolments")).json();
    const row = mine.items.find((e: { courseId: string }) => e.courseId === b.course.id);
    expect(row.completedAt).not.toBeNull();
    expect(row.requiredDone).toBe(2);
    // The completion event reached the notification kind after commit.
    await jobsSettled(t);
    const { rows } = await t.deps.pool.query(
      "select text_params from notifications where account_id = $1 and kind = 'learning.course-completed'",
      [who.learner!.accountId],
    );
    expect(rows.map((r) => r.text_params.course)).toContain(b.course.title);
    expect(await (await c.get("/me")).text()).toContain("La mia formazione");

    // Someone else's attempt is a 404; the owner reads theirs.
    expect((await api(who.other!, `/api/v1/quizzes/${b.quizId}/attempts/1`)).status).toBe(404);
    const own = await api(who.learner!, `/api/v1/quizzes/${b.quizId}/attempts/2`);
    expect(own.status).toBe(200);
    expect((await own.json()).passed).toBe(true);

    // Its key is frozen now.
    const lesson = await lessonOfCourse(t.deps, b.course, b.quizId);
    await expect(
      saveQuizQuestion(t.deps, SYSTEM, b.course, lesson, {
        kind: "true-false",
        prompt: "Nuova?",
        options: [
          { label: "Vero", correct: true },
          { label: "Falso", correct: false },
        ],
      }),
    ).rejects.toMatchObject({ status: 409, code: "answer-key-frozen" });

    // Unpublished: out of the catalogue, still readable (read-only) to its learner, 404 to others.
    await setCourseStatus(t.deps, SYSTEM, b.course, false);
    expect((await who.other!.client.get(base)).status).toBe(404);
    const readOnly = await c.get(`${base}/lessons/${b.textId}`);
    expect(readOnly.status).toBe(200);
    expect((await c.get("/learning")).status).toBe(200);
    expect(await (await c.get("/learning")).text()).not.toContain(b.course.title);
    const refused = await c.submit(base, `${base}/lessons/${b.textId}/done`, {});
    expect(refused.status).toBe(404);
  });

  it("refuses enrolment without the prerequisite, naming it", async () => {
    const first = await buildCourse(t, net.id, { title: "Corso propedeutico" });
    const second = await buildCourse(t, net.id, { prerequisites: [first.course.id] });
    const res = await api(who.member!, `/api/v1/courses/${second.course.id}/enrolments`, { method: "POST" });
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json()).detail).toContain("Corso propedeutico");
    const page = await who.member!.client.submit(
      `/learning/courses/${second.course.slug}`,
      `/learning/courses/${second.course.slug}/enrol`,
      {},
    );
    expect(page.status).toBe(409);
    expect(await page.text()).toContain("Corso propedeutico");
  });

  it("answers the API: 201 with Location, limits, bad answers, duplicates", async () => {
    const b = await buildCourse(t, net.id, { maxAttempts: 1 });
    const me = who.other!;
    const quiz = `/api/v1/quizzes/${b.quizId}/attempts`;
    const right = { answers: { [b.choiceId]: [b.rightOption], [b.shortId]: "nope" } };
    expect((await api(me, quiz, { method: "POST", json: right })).status).toBe(409); // not enrolled
    const enrolled = await api(me, `/api/v1/courses/${b.course.id}/enrolments`, { method: "POST" });
    expect(enrolled.status).toBe(201);
    expect(enrolled.headers.get("location")).toBeTruthy();
    expect((await api(me, `/api/v1/courses/${b.course.id}/enrolments`, { method: "POST" })).status).toBe(409);
    const bogus = await api(me, quiz, {
      method: "POST",
      json: { answers: { [b.choiceId]: ["nope"], [b.shortId]: "x" } },
    });
    expect(bogus.status).toBe(422);
    expect((await api(me, quiz, { method: "POST", json: { answers: 3 } })).status).toBe(422);
    expect((await api(me, quiz, { method: "POST", json: { answers: {}, extra: 1 } })).status).toBe(422);
    const first = await api(me, quiz, { method: "POST", json: right });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`http://localhost:3000/api/v1/quizzes/${b.quizId}/attempts/1`);
    const body = await first.json();
    expect(body).toMatchObject({ n: 1, score: 50, passed: false });
    expect(body.feedback).toHaveLength(2);
    const over = await api(me, quiz, { method: "POST", json: right });
    expect(over.status).toBe(409);
    expect((await over.json()).code).toBe("attempts-used");
    expect((await api(me, `/api/v1/quizzes/${b.quizId}/attempts/7`)).status).toBe(404);
    expect((await api(who.anonymous!, quiz, { method: "POST", json: right })).status).toBe(401);
  });
});
