// The authorisation matrix for writes (CONVENTIONS "Tests"; issue 11): every state-changing route of
// the pages and of /api/v1, with the status each of eleven roles gets, written by hand — not derived
// from the policy — in a table per module (test/authz-matrix/*.ts). A write route the app has but
// the tables lack fails the test, and so does a row for a route the app no longer has.
// Forms carry the role's own CSRF token and the API its Bearer token, so a status says who may do
// what. Writes that use up their target build a fresh one for each role (`fresh`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../src/modules/identity/index.ts";
import { barChartPng } from "../src/modules/practices/index.ts";
import { boardWrites } from "./authz-matrix/boards.ts";
import { boardApiWrites } from "./authz-matrix/boards-api.ts";
import { conferenceWrites, fundingWrites } from "./authz-matrix/conferences.ts";
import { credentialWrites } from "./authz-matrix/credentials.ts";
import { identityLastWrites, identityWrites } from "./authz-matrix/identity.ts";
import { labLastWrites, labWrites } from "./authz-matrix/labs.ts";
import { learningWrites } from "./authz-matrix/learning.ts";
import { notificationWrites } from "./authz-matrix/notifications.ts";
import { practiceWrites } from "./authz-matrix/practices.ts";
import { publicationWrites } from "./authz-matrix/publications.ts";
import { visibilityReads } from "./authz-matrix/reads.ts";
import { conferenceFixtures } from "./helpers/conferences.ts";
import { buildCall } from "./helpers/funding.ts";
import { buildLabExtras } from "./helpers/lab-extras.ts";
import { type MatrixWorld, matrixWorld, sendAs, WRITE_ROLES, type WriteRow } from "./helpers/matrix.ts";
import { createTestRuntime, type TestRuntime } from "./helpers/runtime.ts";

const WRITE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const RELAXED = { max: 100_000, windowSeconds: 60 };

let t: TestRuntime;
let w: MatrixWorld;
const rows: WriteRow[] = [];
const reads: WriteRow[] = [];
/** The rows by module, in the order they must run; each group is one test with its own time limit. */
const groups: [string, WriteRow[]][] = [];

beforeAll(async () => {
  t = await createTestRuntime({
    limits: {
      signInPerAccount: RELAXED,
      signInPerIp: RELAXED,
      emailLinksPerIp: RELAXED,
      emailLinksPerAddress: RELAXED,
      signUpPerIp: RELAXED,
      submissionsPerIp: RELAXED,
      submissionsPerEmail: RELAXED,
      commentsPerAccount: RELAXED,
      flagsPerIp: RELAXED,
      newsProposalsPerAccount: RELAXED,
    },
  });
  w = await matrixWorld(t);
  const extras = await buildLabExtras(t, w.labs.network!);
  const conf = await conferenceFixtures(t, w.f.netId!, barChartPng([3, 1]));
  const keeperToken = await createApiToken(t.deps, w.keeper.id, "Del custode");
  Object.assign(w.f, extras, conf, { keeperTokenId: keeperToken.id });
  for (const v of ["network", "pa"] as const) {
    const call = await buildCall(t, w.f.netId!, { visibility: v, title: `Bando ${v} della matrice` });
    w.f[`call-${v}`] = call.slug;
  }
  reads.push(...visibilityReads());
  groups.push(
    ["identity", [...identityWrites(w), ...notificationWrites(w)]],
    ["labs", labWrites(w)],
    ["practices", await practiceWrites(w)],
    ["conferences and funding", [...(await conferenceWrites(w)), ...fundingWrites()]],
    ["boards", [...(await boardWrites(w)), ...(await boardApiWrites(w))]],
    ["learning", await learningWrites(w)],
    ["credentials", credentialWrites()],
    ["publications", publicationWrites(w)],
    // Last: these change who the roles are, or end their sessions.
    ["invitations and signing out", [...labLastWrites(w), ...identityLastWrites(w)]],
  );
  rows.push(...groups.flatMap(([, g]) => g));
}, 120_000);
afterAll(() => t?.close());

const GROUP_NAMES = [
  "identity",
  "labs",
  "practices",
  "conferences and funding",
  "boards",
  "learning",
  "credentials",
  "publications",
  "invitations and signing out",
];

describe("authorisation matrix for writes", () => {
  it("lists every write route of the app, and no route the app lacks", () => {
    const appRoutes = new Set(
      t.app.routes.filter((r) => WRITE.has(r.method)).map((r) => `${r.method} ${r.path}`),
    );
    const listed = new Set(rows.map((r) => r.route));
    expect(
      [...appRoutes].filter((r) => !listed.has(r)),
      "write routes missing from the matrix",
    ).toEqual([]);
    expect(
      [...listed].filter((r) => !appRoutes.has(r)),
      "matrix rows for routes the app lacks",
    ).toEqual([]);
  });

  // Before the writes: the last of them change who the roles are.
  it("shows pa and participants content only to whom it is for", async () => {
    expect(await mismatches(reads)).toEqual([]);
  }, 300_000);

  // One test per group, in order (Vitest runs a file's tests one after another).
  for (const name of GROUP_NAMES) {
    it(`gives each role the status written in its table: ${name}`, async () => {
      const group = groups.find(([n]) => n === name);
      expect(group, `group ${name}`).toBeDefined();
      expect(await mismatches(group![1])).toEqual([]);
    }, 300_000);
  }
});

/** Sends every row as every role; one line per row where some role got another status. */
async function mismatches(table: WriteRow[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const row of table) {
    const got: Record<string, number | string> = {};
    const want: Record<string, number> = {};
    for (const [i, role] of WRITE_ROLES.entries()) {
      const p = w.people.get(role)!;
      const f = row.fresh ? { ...w.f, ...(await row.fresh(t, w.f, p)) } : w.f;
      const res = await sendAs(t, p, row, f);
      // For someone signed in, a 303 to the sign-in page is not "done" (only signing out lands there).
      const toSignIn = res.status === 303 && /^\/sign-in\b/.test(res.headers.get("location") ?? "");
      got[role] = toSignIn && p.accountId && !row.ownSession ? "303 to sign in" : res.status;
      want[role] = row.expect[i]!;
    }
    const diff = WRITE_ROLES.filter((r) => got[r] !== want[r]).map((r) => `${r} ${got[r]} (not ${want[r]})`);
    if (diff.length) wrong.push(`${row.route}${row.on ? ` on ${row.on}` : ""}: ${diff.join(", ")}`);
  }
  return wrong;
}
