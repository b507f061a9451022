// What the outcomes tests share (outcomes.summary, .exports and .promote test files): a runtime, and
// `closedSession()`, which builds a network with a lab and runs a session of it to its end.
// `useOutcomes()` registers the file's beforeAll/afterAll; `t` exists once they have run.
import { afterAll, beforeAll } from "vitest";
import { actorOf, DEFAULT_SESSION } from "../../../test/helpers/boards.ts";
import { addToNetwork, buildAccount, buildNetwork, signedIn } from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import type { Lab } from "../labs/index.ts";
import { createSession, join } from "./boards.service.ts";
import { runCommand } from "./command-runner.ts";
import type { SessionInput } from "./schema.ts";

export type Built = Awaited<ReturnType<Outcomes["closedSession"]>>;

type Outcomes = {
  readonly t: TestRuntime;
  closedSession: typeof closedSessionIn extends (t: TestRuntime, ...rest: infer A) => infer R
    ? (...rest: A) => R
    : never;
};

export function useOutcomes(): Outcomes {
  let t: TestRuntime | undefined;
  beforeAll(async () => {
    t = await createTestRuntime();
  });
  afterAll(() => t?.close());
  const world: Outcomes = {
    get t() {
      if (!t) throw new Error("useOutcomes: read t in a test or hook");
      return t;
    },
    closedSession: (o, opts) => closedSessionIn(world.t, o, opts),
  };
  return world;
}

/**
 * A network with a lab; a session of the lab run to its end: three notes (two grouped as
 * "Competenze"), four dots, an action on the group and a general outcome.
 */
async function closedSessionIn(
  t: TestRuntime,
  o: Partial<SessionInput> = {},
  opts: { close?: boolean; lab?: Lab } = {},
) {
  const network = opts.lab ? { id: opts.lab.networkId } : await buildNetwork(t);
  const lab = opts.lab ?? (await buildLab(t, network.id, { visibility: "public" }));
  const fac = await buildAccount(t, { name: "Fabiana Facilitatrice" });
  await addToNetwork(t, network.id, fac.id, "coordinator");
  const facActor = await actorOf(t, fac.id);
  const session = await createSession(
    t.deps,
    facActor,
    network,
    { ...DEFAULT_SESSION, title: "Tavolo «Inclusione»", lab: lab.id, ...o },
    "it",
  );
  const people = [];
  for (const name of ["Paola Partecipante", "Marco Membro"]) {
    const a = await buildAccount(t, { name });
    await addToNetwork(t, network.id, a.id, "member");
    const { participant } = await join(t.deps, session, { actor: await actorOf(t, a.id) });
    people.push({ account: a, participant });
  }
  const { participant: facP } = await join(t.deps, session, { actor: facActor });
  const run = async (who: string, cmd: Record<string, unknown>) => {
    const r = await runCommand(t.deps, session.id, who, cmd as never);
    if (!r.ok) throw new Error(`${String(cmd.type)}: ${r.reason}`);
  };
  const cols = (
    await t.deps.pool.query("select id from board_columns where session_id = $1 order by position", [
      session.id,
    ])
  ).rows.map((r) => r.id as string);
  const [p1, p2] = people.map((p) => p.participant.id) as [string, string];
  await run(p1, { type: "note.add", columnId: cols[0], text: "Poca formazione digitale" });
  await run(p2, { type: "note.add", columnId: cols[0], text: 'Mancano risorse, "fondi" e personale' });
  await run(p1, { type: "note.add", columnId: cols[1], text: "=SUM(A1) come soluzione" });
  const notes = (
    await t.deps.pool.query("select id, group_id, text from board_notes where session_id = $1", [session.id])
  ).rows as { id: string; group_id: string; text: string }[];
  const n1 = notes.find((n) => n.text.startsWith("Poca"))!;
  const n2 = notes.find((n) => n.text.startsWith("Mancano"))!;
  const n3 = notes.find((n) => n.text.startsWith("=SUM"))!;
  await run(facP.id, { type: "phase.set", phase: "group" });
  await run(facP.id, { type: "note.move", noteId: n2.id, groupId: n1.group_id });
  await run(facP.id, { type: "group.name", groupId: n1.group_id, name: "Competenze" });
  await run(facP.id, { type: "phase.set", phase: "vote" });
  await run(p1, { type: "vote", groupId: n1.group_id });
  await run(p1, { type: "vote", groupId: n1.group_id });
  await run(p2, { type: "vote", groupId: n1.group_id });
  await run(p2, { type: "vote", groupId: n3.group_id });
  await run(facP.id, { type: "phase.set", phase: "discuss" });
  await run(facP.id, {
    type: "outcome.add",
    kind: "action",
    text: "Corso di formazione per il personale",
    owner: "ICOM Learning Center",
    due: "2026-12-01",
    groupId: n1.group_id,
  });
  await run(facP.id, { type: "outcome.add", kind: "outcome", text: "Rete di referenti" });
  if (opts.close !== false) await run(facP.id, { type: "end" });
  return {
    network,
    lab,
    session,
    fac: { account: fac, client: await signedIn(t, fac.id) },
    member: await signedIn(t, people[0]!.account.id),
    groupA: n1.group_id,
    noteB: n3,
  };
}
