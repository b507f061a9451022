// The people and content of the authorisation matrix for writes (test/authz-matrix.writes.test.ts):
// eleven roles around one network, content at every visibility, and a runner that sends each row's
// request as each role would — forms with the role's own CSRF token, the API with its Bearer token —
// so a status says who may do what, never that a token was missing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { join as joinBoard } from "../../src/modules/boards/index.ts";
import { createApiToken, seedNetworkOrganisation, startSession } from "../../src/modules/identity/index.ts";
import { addMember, type Lab } from "../../src/modules/labs/index.ts";
import type { Actor } from "../../src/platform/auth/index.ts";
import { COOKIE } from "../../src/platform/http/cookies.ts";
import { actorOf, buildSessionIn } from "./boards.ts";
import { Client } from "./client.ts";
import {
  addToNetwork,
  buildAccount,
  buildNetwork,
  buildOrganisation,
  joinOrganisation,
  signedIn,
} from "./factories.ts";
import { jobsSettled } from "./jobs.ts";
import { buildLab, buildMeeting } from "./labs.ts";
import { buildPractice } from "./practices.ts";
import type { TestRuntime } from "./runtime.ts";

/** The columns of every write table, in this order. */
export const WRITE_ROLES = [
  "anonymous",
  "admin",
  "coordinator",
  "facilitator",
  "communicator",
  /** A member of the network whose organisation is a public administration. */
  "pa-member",
  /** A member of the network whose organisation is not a public administration. */
  "member",
  "other-coordinator",
  "other-member",
  /** Signed out, but joined the network's board session as a guest (the guest cookie). */
  "guest",
  /** In no network, but a member of the fixture labs (named participants). */
  "lab-participant",
] as const;
export type WriteRole = (typeof WRITE_ROLES)[number];
type N = number;
/** Expected statuses in the order of WRITE_ROLES. */
export type Statuses = [N, N, N, N, N, N, N, N, N, N, N];

export type Fixtures = Record<string, string>;
export type Who = { role: WriteRole; accountId: string | undefined; email: string | undefined };

/** One request: a form (pages) or JSON (the API, path under /api/). */
export type Send = {
  path: string;
  /** GET only for the rows that check who sees content (test/authz-matrix/reads.ts). */
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  form?: Record<string, string> | (() => FormData);
  json?: unknown;
};

export type WriteRow = {
  /** "METHOD path" as Hono lists the route. */
  route: string;
  /** What this row's fixture is, when a route has several rows (e.g. one per visibility). */
  on?: string;
  send: (f: Fixtures) => Send;
  /**
   * Builds the row's target anew before each role's request (for writes that delete, move or use
   * it up), so every role meets the same state; gets the role's account for "their own" targets.
   */
  fresh?: (t: TestRuntime, f: Fixtures, who: Who) => Promise<Fixtures>;
  /** Sends as a new session of the role's account (for sign-out and the like). */
  ownSession?: boolean;
  expect: Statuses;
};

export type Person = Who & { client: Client; token: string | undefined; csrf: string };

/**
 * The first link in the mail files (DATA_DIR/mail) to `email` that matches `re` (group 1), once the
 * job queue has sent what was due (mail leaves from jobs after the answer).
 */
export async function mailed(t: TestRuntime, email: string, re: RegExp): Promise<string> {
  await jobsSettled(t);
  const dir = path.join(t.dataDir, "mail");
  const texts = readdirSync(dir)
    .sort()
    .reverse()
    .map((f) => readFileSync(path.join(dir, f), "utf8").replace(/=\r?\n/g, ""))
    .filter((m) => m.includes(email));
  for (const m of texts) {
    const hit = re.exec(m)?.[1];
    if (hit) return hit;
  }
  throw new Error(`No mail to ${email} matching ${re}`);
}

/** A lab of the network at `visibility` with one meeting of the same visibility. */
async function labWithMeeting(
  t: TestRuntime,
  networkId: string,
  visibility: "public" | "network" | "pa" | "participants",
  participants: string[],
) {
  const lab = await buildLab(t, networkId, { visibility });
  for (const id of participants) await addMember(t.deps, lab.id, id, "member");
  const meeting = await buildMeeting(t, lab, { visibility });
  return { lab, meeting };
}

/**
 * The network, its people in every role, and content at every visibility. `f` holds slugs and ids
 * by name (labNetworkSlug, practicePaSlug…); `people` the signed-in clients.
 */
export async function matrixWorld(t: TestRuntime) {
  const net = await buildNetwork(t, { name: "Rete della matrice delle scritture" });
  const other = await buildNetwork(t, { name: "Altra rete" });
  const paOrg = await buildOrganisation(t, { name: "Comune PA della matrice", isPa: true });
  const plainOrg = await buildOrganisation(t, { name: "Associazione della matrice", isPa: false });
  await seedNetworkOrganisation(t.deps, net.id, paOrg.id, "accepted");
  await seedNetworkOrganisation(t.deps, net.id, plainOrg.id, "accepted");

  const accounts = new Map<WriteRole, { id: string; email: string }>();
  for (const role of WRITE_ROLES) {
    if (role === "anonymous" || role === "guest") continue;
    const a = await buildAccount(t, { isAdmin: role === "admin", name: `Persona ${role}` });
    accounts.set(role, a);
    if (role === "coordinator" || role === "facilitator" || role === "communicator")
      await addToNetwork(t, net.id, a.id, role);
    if (role === "pa-member" || role === "member") await addToNetwork(t, net.id, a.id, "member");
    if (role === "pa-member") await joinOrganisation(t, paOrg.id, a.id, "member");
    if (role === "member") await joinOrganisation(t, plainOrg.id, a.id, "member");
    if (role === "other-coordinator") await addToNetwork(t, other.id, a.id, "coordinator");
    if (role === "other-member") await addToNetwork(t, other.id, a.id, "member");
  }
  const labPerson = accounts.get("lab-participant")!.id;

  // A coordinator who is none of the roles: builds fixtures that need a person (board sessions…).
  const keeper = await buildAccount(t, { name: "Custode della matrice" });
  await addToNetwork(t, net.id, keeper.id, "coordinator");
  const keeperActor: Actor = await actorOf(t, keeper.id);

  const f: Fixtures = { netId: net.id, netSlug: net.slug, paOrgId: paOrg.id, paOrgSlug: paOrg.slug };
  const labs: Record<string, Lab> = {};
  for (const v of ["public", "network", "pa", "participants"] as const) {
    const { lab, meeting } = await labWithMeeting(t, net.id, v, [labPerson]);
    labs[v] = lab;
    const V = v[0]!.toUpperCase() + v.slice(1);
    Object.assign(f, {
      [`lab${V}Slug`]: lab.slug,
      [`lab${V}Id`]: lab.id,
      [`meeting${V}Slug`]: meeting.slug,
      [`meeting${V}Id`]: meeting.id,
    });
    const practice = await buildPractice(t, {
      networkId: net.id,
      visibility: v,
      participantIds: v === "participants" ? [labPerson] : [],
    });
    Object.assign(f, { [`practice${V}Slug`]: practice.slug, [`practice${V}Id`]: practice.id });
  }

  // The board session the guest joined (guests allowed), made by the keeper.
  const board = await buildSessionIn(t, net.id, { title: "Sessione della matrice" });
  await joinBoard(t.deps, board, { actor: keeperActor });
  Object.assign(f, { boardId: board.id, boardCode: board.join_code });

  const actors = new Map<WriteRole, Actor>();
  for (const [role, a] of accounts) actors.set(role, await actorOf(t, a.id));
  const people = new Map<WriteRole, Person>();
  for (const role of WRITE_ROLES) {
    const a = accounts.get(role);
    const client = a ? await signedIn(t, a.id) : new Client(t);
    if (role === "guest") {
      const joined = await client.post(`/boards/join/${board.join_code}`, {
        _csrf: await client.csrf("/sign-in"),
        name: "Ospite della matrice",
      });
      if (joined.status !== 303) throw new Error(`The guest could not join: ${joined.status}`);
    }
    const token = a ? (await createApiToken(t.deps, a.id, "matrix")).token : undefined;
    const csrf = await client.csrf(a ? "/" : "/sign-in");
    people.set(role, { role, accountId: a?.id, email: a?.email, client, token, csrf });
  }
  return { t, f, people, actors, labs, keeper: { ...keeper, actor: keeperActor }, other, paOrg, plainOrg };
}
export type MatrixWorld = Awaited<ReturnType<typeof matrixWorld>>;

/** Sends one row's request as `p` (with a new session of their account when the row asks). */
export async function sendAs(t: TestRuntime, p: Person, row: WriteRow, f: Fixtures): Promise<Response> {
  const s = row.send(f);
  if (s.path.startsWith("/api/")) {
    const headers: Record<string, string> = {};
    if (p.token) headers.authorization = `Bearer ${p.token}`;
    if (s.json !== undefined) headers["content-type"] = "application/json";
    return t.app.request(s.path, {
      method: s.method ?? "POST",
      headers,
      ...(s.json !== undefined ? { body: JSON.stringify(s.json) } : {}),
    });
  }
  if (s.method === "GET") return p.client.get(s.path);
  let client = p.client;
  let csrf = p.csrf;
  if (row.ownSession && p.accountId) {
    client = new Client(t);
    client.cookies.set(COOKIE.session, await startSession(t.deps, p.accountId, "vitest"));
    for (const [k, v] of p.client.cookies) if (k !== COOKIE.session) client.cookies.set(k, v);
    csrf = await client.csrf("/");
  }
  const fields = typeof s.form === "function" ? s.form() : { ...(s.form ?? {}) };
  if (fields instanceof FormData) {
    fields.set("_csrf", csrf);
    return client.post(s.path, fields);
  }
  return client.post(s.path, { _csrf: csrf, ...fields });
}
