// The authorisation matrix (CONVENTIONS "Tests"): every GET route of the app with the status each
// role gets, written by hand — not derived from the policy. A route the app has but this table lacks
// fails the test, and so does a row for a route the app no longer has. Writes (POST, PUT, PATCH,
// DELETE) and reading pa and participants content have their own tables: authz-matrix.writes.test.ts.
// 303 = sent to sign in; 403 = may see it but not do it; 404 = not visible (or does not exist).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCredentialFor } from "../src/modules/credentials/index.ts";
import { createApiToken } from "../src/modules/identity/index.ts";
import { createCohort } from "../src/modules/learning/index.ts";
import { barChartPng, storeMedia } from "../src/modules/practices/index.ts";
import { SYSTEM } from "../src/platform/auth/index.ts";
import { newId } from "../src/platform/ids.ts";
import type { Fixtures, GetRow } from "./authz-matrix/get-row.ts";
import { boardsGets } from "./authz-matrix/gets-boards.ts";
import { conferencesGets } from "./authz-matrix/gets-conferences.ts";
import { credentialsGets } from "./authz-matrix/gets-credentials.ts";
import { fundingGets } from "./authz-matrix/gets-funding.ts";
import { identityGets } from "./authz-matrix/gets-identity.ts";
import { labsGets } from "./authz-matrix/gets-labs.ts";
import { learningGets } from "./authz-matrix/gets-learning.ts";
import { notificationsGets } from "./authz-matrix/gets-notifications.ts";
import { practicesGets } from "./authz-matrix/gets-practices.ts";
import { publicationsGets } from "./authz-matrix/gets-publications.ts";
import { buildSessionIn } from "./helpers/boards.ts";
import type { Client } from "./helpers/client.ts";
import { conferenceFixtures } from "./helpers/conferences.ts";
import {
  actorFor,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  type Role,
} from "./helpers/factories.ts";
import { buildCall } from "./helpers/funding.ts";
import { jobsSettled } from "./helpers/jobs.ts";
import { buildLabExtras } from "./helpers/lab-extras.ts";
import { buildLab, buildMeeting } from "./helpers/labs.ts";
import { buildCertificate, buildCourse } from "./helpers/learning.ts";
import { buildReadingLesson } from "./helpers/learning-reading.ts";
import { buildVideoLesson } from "./helpers/learning-video.ts";
import { buildNewsItem } from "./helpers/news.ts";
import { buildPractice } from "./helpers/practices.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

const ROLES: Role[] = [
  "anonymous",
  "member",
  "facilitator",
  "communicator",
  "coordinator",
  "other-coordinator",
  "admin",
];

//                                                               anon  memb  faci  comm  coord other admin
// The rows, one file per module (test/authz-matrix/gets-*.ts).
const MATRIX: GetRow[] = [
  ...identityGets,
  ...practicesGets,
  ...labsGets,
  ...boardsGets,
  ...notificationsGets,
  ...conferencesGets,
  ...fundingGets,
  ...learningGets,
  ...credentialsGets,
  ...publicationsGets,
];

/** Routes that are not pages or API resources: static files, health and metrics. */
const IGNORED = [/^\/static\//, /^\/healthz$/, /^\/metrics$/];

let t: TestRuntime;
const fixtures: Fixtures = {};
const actors = new Map<Role, { client: Client; token: string | undefined }>();
/** The member's account: the learning certificate of the fixtures is theirs. */
let memberId = "";

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t, { name: "Rete della matrice" });
  const org = await buildOrganisation(t, { name: "Comune della matrice" });
  const manager = await buildAccount(t);
  await joinOrganisation(t, org.id, manager.id, "manager", net.id);
  const logoKey = `logos/${newId()}.png`;
  await t.deps.files.put(logoKey, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
  for (const role of ROLES) {
    const a = await actorFor(t, role, net.id);
    actors.set(role, { client: a.client, token: a.token });
    if (role === "member") memberId = a.accountId!;
  }
  // An invitation made through the API by a coordinator of the network.
  const coordinator = await buildAccount(t, { isAdmin: true });
  const { token } = await createApiToken(t.deps, coordinator.id, "matrix");
  const res = await t.app.request(`/api/v1/networks/${net.id}/invitations`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ email: "matrice@example.org", role: "member" }),
  });
  const invitationId = (await res.json()).id as string;
  await jobsSettled(t); // the invitation's mail leaves from a job
  const mailDir = (await import("node:path")).join(t.dataDir, "mail");
  const { readdirSync, readFileSync } = await import("node:fs");
  const mail = readdirSync(mailDir)
    .map((f) => readFileSync(`${mailDir}/${f}`, "utf8").replace(/=\r?\n/g, ""))
    .find((m) => m.includes("matrice@example.org"))!;
  const practice = await buildPractice(t, { networkId: net.id, visibility: "network" });
  const submitted = await buildPractice(t, { networkId: net.id, status: "submitted" });
  const practiceMediaId = await storeMedia(
    t.deps,
    practice,
    { kind: "image", bytes: barChartPng([1, 2]), filename: "chart.png", alt: "A chart" },
    null,
  );
  const lab = await buildLab(t, net.id, { visibility: "network" });
  const meeting = await buildMeeting(t, lab, { visibility: "network" });
  const labExtras = await buildLabExtras(t, lab);
  const board = await buildSessionIn(t, net.id);
  const closedBoard = await buildSessionIn(t, net.id, { title: "Sessione chiusa" });
  await t.deps.pool.query("update board_sessions set phase = 'closed', closed_at = now() where id = $1", [
    closedBoard.id,
  ]);
  const call = await buildCall(t, net.id, { visibility: "network" });
  const conferences = await conferenceFixtures(t, net.id, barChartPng([3, 1]));
  const course = await buildCourse(t, net.id, { visibility: "network" });
  const courseModuleId = (
    await t.deps.pool.query("select id from learning_modules where course_id = $1", [course.course.id])
  ).rows[0].id;
  const learningCertificateCode = await buildCertificate(t, memberId, course.course.id);
  const credential = await issueCredentialFor(t.deps, {
    learnerId: memberId,
    courseId: course.course.id,
    completedAt: new Date().toISOString(),
  });
  const achievement = (
    await t.deps.pool.query("select issuer_id from credential_achievements where id = $1", [
      credential!.achievement_id,
    ])
  ).rows[0];
  const cohort = await createCohort(t.deps, SYSTEM, course.course, {
    title: "Edizione della matrice",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    capacity: 50,
    labId: lab.id,
    facilitators: [],
  });
  // A learner of the cohort (for the page that resets their attempts at the quiz).
  const cohortLearner = await buildAccount(t);
  await t.deps.pool.query(
    "insert into learning_enrolments (id, course_id, account_id, cohort_id, enrolled_at) values ($1, $2, $3, $4, now())",
    [newId(), course.course.id, cohortLearner.id, cohort.id],
  );
  Object.assign(fixtures, {
    ...conferences,
    cohortLearnerId: cohortLearner.id,
    learningCertificateCode,
    credentialId: credential!.id,
    credentialAchievementId: credential!.achievement_id,
    credentialStatusListId: credential!.status_list_id,
    credentialIssuerId: achievement.issuer_id,
    cohortId: cohort.id,
    ...labExtras,
    labSlug: lab.slug,
    labId: lab.id,
    meetingSlug: meeting.slug,
    meetingId: meeting.id,
    boardId: board.id,
    boardCode: board.join_code,
    closedBoardId: closedBoard.id,
    callSlug: call.slug,
    courseSlug: course.course.slug,
    courseId: course.course.id,
    courseQuizId: course.quizId,
    courseQuestionId: course.choiceId,
    courseModuleId,
    courseVideoId: await buildVideoLesson(t, course.course, courseModuleId),
    courseReadingId: await buildReadingLesson(t, course.course, courseModuleId),
    practiceId: practice.id,
    practiceSlug: practice.slug,
    submittedPracticeId: submitted.id,
    practiceMediaId,
    netId: net.id,
    netSlug: net.slug,
    orgId: org.id,
    orgSlug: org.slug,
    logoKey,
    newsId: await buildNewsItem(t, net.id, memberId, { visibility: "network" }),
    newsChangesId: await buildNewsItem(t, net.id, memberId, { decision: "request-changes" }),
    invitationId,
    invitationToken: /\/invitations\/([\w-]+)/.exec(mail)![1]!,
  });
});
afterAll(() => t.close());

describe("authorisation matrix", () => {
  it("lists every GET route of the app, and no route the app lacks", () => {
    const appRoutes = new Set(
      t.app.routes
        .filter((r) => r.method === "GET" && !IGNORED.some((re) => re.test(r.path)))
        .map((r) => r.path),
    );
    const listed = new Set(MATRIX.map((r) => r.route));
    expect(
      [...appRoutes].filter((r) => !listed.has(r)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(
      [...listed].filter((r) => !appRoutes.has(r)),
      "matrix rows for routes the app lacks",
    ).toEqual([]);
  });

  for (const row of MATRIX) {
    it(`GET ${row.route}`, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const [i, role] of ROLES.entries()) {
        const a = actors.get(role)!;
        const url = row.url(fixtures);
        const res = url.startsWith("/api/")
          ? await t.app.request(url, { headers: a.token ? { authorization: `Bearer ${a.token}` } : {} })
          : await a.client.get(url);
        got[role] = res.status;
        want[role] = row.expect[i]!;
      }
      expect(got).toEqual(want);
    });
  }
});
