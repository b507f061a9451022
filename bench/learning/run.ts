// Learning benchmark (issue "Learning", section Benchmark). See README.md.
//   npm run bench:learning -- [--learners 500] [--questions 10] [--no-embedded] [--no-postgres]
//                             [--connections open|new|both] [--bursts 3] [--no-floor] [--json out.json]
// A cohort's final quiz at once: `learners` distinct people, made with the test helpers and signed in
// like browsers (a real session row and cookie), each enrolled in a course whose only required step is
// a quiz of `questions` single-choice questions, submit it at the same moment through the quiz page's
// form (POST with the session's CSRF token and the answers, as a browser sends them) on a real
// Bottega server started as its own process; once on connections opened before the burst, once with a
// new connection per request (bench/support/sockets.ts). Each learner answers a known number of
// questions right, so every score is known in advance. Measured: time until all have an answer,
// latency percentiles; and the same burst against a bare node:http server (the floor of this
// machine). Checked: every answer is the redirect to the learner's first attempt; the database holds
// exactly one attempt per learner with the right score; each learner's course is completed once and
// the completion reached them once (one "course completed" notification each).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadActor } from "../../src/modules/identity/index.ts";
import {
  createCourse,
  enrol,
  lessonOfCourse,
  loadCourse,
  publicQuestions,
  saveLesson,
  saveModule,
  saveQuizQuestion,
  setCourseStatus,
} from "../../src/modules/learning/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import { addToNetwork, buildAccount, buildNetwork } from "../../test/helpers/factories.ts";
import type { TestRuntime } from "../../test/helpers/runtime.ts";
import { ROOT, startBottega } from "../http/processes.ts";
import {
  type Burst,
  burst,
  type Mode,
  type Person,
  pct,
  pool,
  queueAtRest,
  round,
  startFloor,
} from "../support/burst.ts";
import { cookieFor, helperRuntime, withOwnDatabase } from "../support/helpers.ts";

const { values: args } = parseArgs({
  options: {
    learners: { type: "string", default: "500" },
    questions: { type: "string", default: "10" },
    postgres: {
      type: "string",
      default: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
    "no-embedded": { type: "boolean", default: false },
    "no-postgres": { type: "boolean", default: false },
    connections: { type: "string", default: "both" },
    bursts: { type: "string", default: "3" },
    "no-floor": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const LEARNERS = Number(args.learners);
const QUESTIONS = Number(args.questions);
/** Pass mark (%): every learner passes, with scores from 100 % down to it (see `rightCount`). */
const PASS_MARK = 60;
const SECRET = "bench-learning-secret-bench-learning-s";
const log = (s: string) => process.stderr.write(`${s}\n`);
const MODES: Mode[] = args.connections === "both" ? ["open", "new"] : [args.connections as Mode];
if (!MODES.every((m) => m === "open" || m === "new")) throw new Error("--connections is open, new or both");
const PLAN: Mode[] = Array.from({ length: Number(args.bursts) }, () => MODES).flat();

/** How many questions learner `i` answers right: 10, 9, 8, 7, 6, 10, … (all at or above the pass mark). */
const rightCount = (i: number) =>
  QUESTIONS - (i % (QUESTIONS - Math.ceil((QUESTIONS * PASS_MARK) / 100) + 1));
const expectedScore = (i: number) => Math.round((rightCount(i) / QUESTIONS) * 100);

type Row = {
  database: string;
  connections: Mode;
  learners: number;
  allAnsweredMs: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  attempts: number;
  rightScores: number;
  completions: number;
  notifications: number;
  correct: boolean;
  load: number;
  cpuClient: number;
  cpuServer: number;
  cpuPostgres: number;
};
const rows: Row[] = [];

function rowOf(database: string, mode: Mode, b: Burst): Row {
  return {
    database,
    connections: mode,
    learners: b.latencies.length,
    allAnsweredMs: Math.round(b.allMs),
    perSecond: round(b.latencies.length / (b.allMs / 1000)),
    p50: round(pct(b.latencies, 50)),
    p95: round(pct(b.latencies, 95)),
    p99: round(pct(b.latencies, 99)),
    max: round(b.latencies.at(-1) ?? Number.NaN),
    errors: b.errors,
    attempts: 0,
    rightScores: 0,
    completions: 0,
    notifications: 0,
    correct: b.errors === 0,
    load: round(b.load),
    cpuClient: Math.round(b.cpu.client),
    cpuServer: Math.round(b.cpu.server),
    cpuPostgres: Math.round(b.cpu.pg),
  };
}

/** A published course of the network whose only lesson is the final quiz; its questions with the
 * right option of each, as the quiz page names them. */
async function buildFinalQuiz(t: TestRuntime, networkId: string, n: number) {
  const course = await createCourse(t.deps, SYSTEM, networkId, {
    title: `Smart City Bootcamp, prova finale ${n} (${Date.now().toString(36)})`,
    summary: "La prova finale del bootcamp, per tutta la coorte insieme.",
    topic: "Smart city",
    language: "it",
    visibility: "public",
    prerequisites: [],
  });
  const moduleId = await saveModule(t.deps, SYSTEM, course, { title: "Prova finale", position: 1 });
  const quizId = await saveLesson(t.deps, SYSTEM, course, {
    moduleId,
    kind: "quiz",
    title: "Prova finale",
    body: `${QUESTIONS} domande.`,
    position: 1,
    passMark: PASS_MARK,
    maxAttempts: 3,
  });
  const lesson = await lessonOfCourse(t.deps, course, quizId);
  for (let q = 0; q < QUESTIONS; q++)
    await saveQuizQuestion(t.deps, SYSTEM, course, lesson, {
      kind: "single",
      prompt: `Domanda ${q + 1}: quale dato pubblica per primo un comune che apre i suoi dati?`,
      feedbackRight: "Giusto.",
      feedbackWrong: "Rileggi la lezione sui dati aperti.",
      options: ["Orari degli uffici", "Bilancio", "Segnalazioni", "Appalti"].map((label, k) => ({
        label: `${label} (${q + 1})`,
        correct: k === q % 4,
        feedback: "",
      })),
      position: q + 1,
    });
  await setCourseStatus(t.deps, SYSTEM, course, true);
  const fresh = await loadCourse(t.deps, course.id);
  const questions = await publicQuestions(t.deps, { lessonId: quizId, passMark: PASS_MARK, maxAttempts: 3 });
  return {
    course: fresh,
    quizId,
    page: `/learning/courses/${fresh.slug}/lessons/${quizId}`,
    questions: questions.map((q, i) => ({
      id: q.id,
      right: q.options[i % 4]!.id,
      wrong: q.options[(i + 1) % 4]!.id,
    })),
  };
}

type Quiz = Awaited<ReturnType<typeof buildFinalQuiz>>;

/** Learner `i`'s answers as the form posts them: the field name read from the quiz page, the right
 * option for the first `rightCount(i)` questions and a wrong one after. */
function answersOf(quiz: Quiz, names: Map<string, string>, i: number): [string, string][] {
  return quiz.questions.map((q, k) => [names.get(q.id)!, k < rightCount(i) ? q.right : q.wrong]);
}

/** Each option's field name on the quiz page (`name="…" value="<option id>"`), by question id. */
function fieldNames(html: string, quiz: Quiz): Map<string, string> {
  const names = new Map<string, string>();
  for (const q of quiz.questions) {
    const m = new RegExp(`name="([^"]+)"[^>]*value="${q.right}"`).exec(html);
    if (!m) throw new Error(`the quiz page has no input for option ${q.right}`);
    names.set(q.id, m[1]!);
  }
  return names;
}

async function run(database: string, server: { url: string; child: { pid?: number } }, t: TestRuntime) {
  log(
    `${database}: preparing ${PLAN.length} final quizzes of ${QUESTIONS} questions and ${LEARNERS} learners…`,
  );
  const net = await buildNetwork(t, { name: `Digital City Experts, benchmark ${Date.now()}` });
  const quizzes: Quiz[] = [];
  for (let n = 0; n < PLAN.length + 1; n++) quizzes.push(await buildFinalQuiz(t, net.id, n));
  // Learners with sessions, enrolled in every course through learning's index, as the enrol button
  // does (accounts hash a password each: the slow part of the set-up).
  const learners = await pool(
    Array.from({ length: LEARNERS }, (_, i) => i),
    8,
    async (i) => {
      const a = await buildAccount(t, { email: `learner-${Date.now().toString(36)}-${i}@example.org` });
      await addToNetwork(t, net.id, a.id, "member");
      const cookie = await cookieFor(t, a.id);
      const actor = (await loadActor(t.deps, a.id))!;
      for (const quiz of quizzes) await enrol(t.deps, actor, quiz.course);
      return { accountId: a.id, cookie };
    },
  );
  // Warm-up: everyone submits the first quiz, 25 at a time (a just-started server compiles its code
  // during its first burst).
  const warm = quizzes[0]!;
  await pool(learners, 25, async (l, i) => {
    const html = await (await fetch(`${server.url}${warm.page}`, { headers: { cookie: l.cookie } })).text();
    const res = await fetch(`${server.url}${warm.page}/attempts`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: l.cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: server.url,
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams([["_csrf", csrfIn(html)], ...answersOf(warm, fieldNames(html, warm), i)]),
    });
    await res.arrayBuffer();
    if (res.status !== 303) throw new Error(`warm-up attempt answered ${res.status}`);
  });
  for (const [b, mode] of PLAN.entries()) {
    const quiz = quizzes[b + 1]!;
    // Each learner opens the quiz page first, as a browser does: the form's token and field names.
    const people: Person[] = await pool(learners, 8, async (l, i) => {
      const html = await (await fetch(`${server.url}${quiz.page}`, { headers: { cookie: l.cookie } })).text();
      return { cookie: l.cookie, csrf: csrfIn(html), fields: answersOf(quiz, fieldNames(html, quiz), i) };
    });
    await new Promise((r) => setTimeout(r, 3000));
    await queueAtRest(t);
    log(`${database}: ${LEARNERS} learners submit the final quiz at once, ${mode} connections…`);
    const result = await burst(
      mode,
      `${server.url}${quiz.page}/attempts`,
      server.url,
      people,
      server.child.pid ?? 0,
      (a) => a.status === 303 && !!a.location?.endsWith("/attempts/1#attempt-result"),
    );
    const row = rowOf(database, mode, result);
    await queueAtRest(t);
    await check(
      t,
      row,
      quiz,
      learners.map((l) => l.accountId),
    );
    rows.push(row);
    log(JSON.stringify(row));
  }
}

/** The database after a burst: one attempt per learner, numbered 1, with the score their answers
 * earn; each course completed once, and one "course completed" notification per learner. */
async function check(t: TestRuntime, row: Row, quiz: Quiz, accounts: string[]) {
  const { rows: attempts } = await t.deps.pool.query<{ account_id: string; n: number; score: number }>(
    "select account_id, n, score from learning_attempts where quiz_id = $1",
    [quiz.quizId],
  );
  const index = new Map(accounts.map((a, i) => [a, i]));
  row.attempts = attempts.length;
  row.rightScores = attempts.filter(
    (a) => a.n === 1 && a.score === expectedScore(index.get(a.account_id) ?? -1),
  ).length;
  const { rows: c } = await t.deps.pool.query<{ n: number }>(
    "select count(*)::int as n from learning_enrolments where course_id = $1 and completed_at is not null",
    [quiz.course.id],
  );
  row.completions = c[0]!.n;
  const { rows: notes } = await t.deps.pool.query<{ n: number; people: number }>(
    `select count(*)::int as n, count(distinct account_id)::int as people from notifications
      where kind = 'learning.course-completed' and text_params->>'course' = $1`,
    [quiz.course.title],
  );
  row.notifications = notes[0]!.n;
  row.correct =
    row.errors === 0 &&
    row.attempts === LEARNERS &&
    row.rightScores === LEARNERS &&
    new Set(attempts.map((a) => a.account_id)).size === LEARNERS &&
    row.completions === LEARNERS &&
    row.notifications === LEARNERS &&
    notes[0]!.people === LEARNERS;
}

const csrfIn = (html: string) => {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error("no CSRF token on the page");
  return m[1]!;
};

async function runFloor() {
  const floor = await startFloor(ROOT);
  const people = floor.people(LEARNERS).map((p) => ({
    ...p,
    fields: Array.from({ length: QUESTIONS }, (_, k): [string, string] => [
      `answer-${k}`,
      crypto.randomUUID(),
    ]),
  }));
  try {
    for (const mode of PLAN) {
      await new Promise((r) => setTimeout(r, 1000));
      log(`floor: ${LEARNERS} posts at once to a bare node:http server, ${mode} connections…`);
      const b = await burst(
        mode,
        `${floor.origin}/learning/quiz/attempts`,
        floor.origin,
        people,
        floor.pid,
        (a) => a.status === 303,
      );
      const row = rowOf("floor: bare node:http, no app", mode, b);
      rows.push(row);
      log(JSON.stringify(row));
    }
  } finally {
    await floor.stop();
  }
}

async function withServer(database: string, databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bottega-bench-learning-"));
  const server = await startBottega({ dataDir, databaseUrl, secret: SECRET, env: { BOTTEGA_DEMO: "false" } });
  try {
    const h = await helperRuntime({ dataDir, databaseUrl, baseUrl: server.url, secret: SECRET, poolSize: 2 });
    try {
      await run(database, server, h.t);
    } finally {
      await h.close();
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!args["no-postgres"])
  await withOwnDatabase(args.postgres, `bottega_bench_learning_${process.pid}`, (url) =>
    withServer("PostgreSQL", url),
  );
if (!args["no-embedded"]) await withServer("embedded", undefined);
if (!args["no-floor"]) await runFloor();

const head =
  "| database | connections | learners | all answered (ms) | attempts/s | p50 ms | p95 ms | p99 ms | max ms | errors | attempts | right scores | completions | notifications | correct | load avg (1 min) | CPU ms: bench / Bottega / PostgreSQL |";
console.log(head);
console.log(
  `|${head
    .split("|")
    .slice(1, -1)
    .map(() => "---")
    .join("|")}|`,
);
const floorRow = (r: Row) => r.database.startsWith("floor");
for (const r of rows)
  console.log(
    `| ${r.database} | ${r.connections} | ${r.learners} | ${r.allAnsweredMs} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.errors} | ${floorRow(r) ? "— | — | — | —" : `${r.attempts} | ${r.rightScores} | ${r.completions} | ${r.notifications}`} | ${r.correct ? "yes" : "NO"} | ${r.load} | ${r.cpuClient} / ${r.cpuServer} / ${r.cpuPostgres} |`,
  );
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
console.log(
  "\n| database | connections | bursts | median p95 ms | p95 of each burst | median all answered ms | targets (PostgreSQL) |",
);
console.log("|---|---|---|---|---|---|---|");
for (const key of [...new Set(rows.map((r) => `${r.database}\t${r.connections}`))]) {
  const [database, connections] = key.split("\t");
  const set = rows.filter((r) => r.database === database && r.connections === connections);
  const p95 = median(set.map((r) => r.p95));
  const all = median(set.map((r) => r.allAnsweredMs));
  const target =
    database === "PostgreSQL"
      ? `p95 ≤ 300: ${p95 <= 300 ? "PASS" : "FAIL"}; all ≤ 5000: ${all <= 5000 ? "PASS" : "FAIL"}`
      : "—";
  console.log(
    `| ${database} | ${connections} | ${set.length} | ${p95} | ${set.map((r) => r.p95).join(", ")} | ${all} | ${target} |`,
  );
}
if (args.json) writeFileSync(args.json, JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exitCode = rows.every((r) => r.correct) ? 0 : 1;
