// Board test helpers: a session built through the service (with its facilitator), people joined to
// it, and the app served with /live and the board's message types attached.

import { attachBoards, createSession, join, type SessionInput } from "../../src/modules/boards/index.ts";
import { resolveSession, startSession } from "../../src/modules/identity/index.ts";
import { addToNetwork, buildAccount, buildNetwork } from "./factories.ts";
import { startLiveServer } from "./live.ts";
import type { TestRuntime } from "./runtime.ts";

/** The app on a random port with /live and the board attached. */
export async function startBoardServer(t: TestRuntime, opts: Parameters<typeof startLiveServer>[1] = {}) {
  const s = await startLiveServer(t, opts);
  attachBoards(s.live, t.deps);
  return s;
}

/** The Actor of an account, as a signed-in request would see it. */
export async function actorOf(t: TestRuntime, accountId: string) {
  const token = await startSession(t.deps, accountId, "vitest");
  const session = await resolveSession(t.deps, token);
  if (!session) throw new Error("no session");
  return session.actor;
}

export const DEFAULT_SESSION: SessionInput = {
  title: "Tavolo di prova",
  template: "issues-solutions-practices",
  columns: "",
  lab: null,
  meeting: null,
  privateCollect: false,
  anonymous: false,
  hideVotes: false,
  guestsAllowed: true,
  maxNoteLength: 280,
  voteBudget: 5,
  groupCap: 3,
  timerMinutes: 5,
};

/**
 * A network with a coordinator (the session's facilitator) and `participants` members, a session
 * with `o` settings, and everyone joined.
 */
export async function buildBoard(t: TestRuntime, o: Partial<SessionInput> = {}, participants = 2) {
  const network = await buildNetwork(t);
  const fac = await buildAccount(t, { name: "Fabiana Facilitatrice" });
  await addToNetwork(t, network.id, fac.id, "coordinator");
  const facActor = await actorOf(t, fac.id);
  const session = await createSession(t.deps, facActor, network, { ...DEFAULT_SESSION, ...o }, "it");
  const people = [];
  for (let i = 0; i < participants; i++) {
    const a = await buildAccount(t, { name: `Partecipante ${i + 1}` });
    await addToNetwork(t, network.id, a.id, "member");
    const actor = await actorOf(t, a.id);
    const { participant } = await join(t.deps, session, { actor });
    people.push({ account: a, actor, participant });
  }
  const { participant: facParticipant } = await join(t.deps, session, { actor: facActor });
  return { network, session, fac: { account: fac, actor: facActor, participant: facParticipant }, people };
}

/** A session in an existing network, created by a new coordinator of it (who is its facilitator). */
export async function buildSessionIn(t: TestRuntime, networkId: string, o: Partial<SessionInput> = {}) {
  const fac = await buildAccount(t, { name: "Facilitatrice della sessione" });
  await addToNetwork(t, networkId, fac.id, "coordinator");
  const actor = await actorOf(t, fac.id);
  return createSession(t.deps, actor, { id: networkId }, { ...DEFAULT_SESSION, ...o }, "it");
}
