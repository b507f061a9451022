// Board sessions: creating, joining, and what each person may see. Commands, and the hand-over of
// their events to the live hub, are in command-runner.ts. Every subscriber's connection filters what it
// receives (live.ts), so a person who may not see an event sees a gap in `seq`.
import { randomBytes } from "node:crypto";
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError, invalid, notFound } from "../../platform/errors.ts";
import { emit } from "../../platform/events.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import { hashToken, newId, newToken } from "../../platform/ids.ts";
import { networkById } from "../identity/index.ts";
import { getLab, getMeeting } from "../labs/index.ts";
import {
  eventsAfter,
  guestParticipantById,
  insertParticipant,
  insertSession,
  loadState,
  participantByAccount,
  participantByGuestToken,
  type SessionRow,
  sessionById,
  sessionByJoinCode,
  sessionsOfLab,
  sessionsOfNetwork,
} from "./boards.repo.ts";
import { type CommandResult, run, type WireEvent, wireOf } from "./command-runner.ts";
import { sessionRef } from "./events.ts";
import { boardLimits, spendGuestJoin } from "./limits.ts";
import { can } from "./policy.ts";
import type { BoardState, Participant } from "./rules.ts";
import type { SessionInput } from "./schema.ts";
import { startingColumns } from "./starting-columns.ts";
import type { ColumnText } from "./templates.repo.ts";
import { viewOf } from "./view.ts";

const newJoinCode = () => randomBytes(12).toString("base64url");

export async function createSession(
  deps: Deps,
  actor: Actor,
  network: { id: string },
  /** `columnList`: a blank session's columns as a list (the API), instead of `columns`' lines. */
  input: SessionInput & { columnList?: ColumnText[] | undefined },
  lang: Lang,
): Promise<SessionRow> {
  if (!can(actor, "create-session", { networkId: network.id })) throw notFound();
  let labId: string | null = null;
  let meetingId: string | null = null;
  if (input.meeting) {
    const { lab, meeting } = await getMeeting(deps, actor, { id: input.meeting }).catch(() => {
      throw invalid([{ field: "meeting", message: "boards.form.badMeeting" }]);
    });
    if (lab.networkId !== network.id)
      throw invalid([{ field: "meeting", message: "boards.form.badMeeting" }]);
    labId = lab.id;
    meetingId = meeting.id;
  } else if (input.lab) {
    const lab = await getLab(deps, actor, input.lab).catch(() => {
      throw invalid([{ field: "lab", message: "boards.form.badLab" }]);
    });
    if (lab.networkId !== network.id) throw invalid([{ field: "lab", message: "boards.form.badLab" }]);
    labId = lab.id;
  }
  const start = await startingColumns(deps, network.id, input, lang);
  const id = newId();
  const now = deps.clock.now();
  const row = {
    id,
    network_id: network.id,
    lab_id: labId,
    meeting_id: meetingId,
    title: input.title,
    template: start.template,
    private_collect: input.privateCollect,
    anonymous: input.anonymous,
    max_note_length: input.maxNoteLength,
    vote_budget: input.voteBudget,
    group_cap: input.groupCap,
    hide_votes: input.hideVotes,
    guests_allowed: input.guestsAllowed,
    timer_minutes: input.timerMinutes,
    join_code: newJoinCode(),
    created_by: actor.id,
    phase: "collect" as const,
    locked: false,
    focus_group_id: null,
    timer_ends_at: null,
    timer_remaining_ms: null,
    seq: 0,
    created_at: now,
    updated_at: now,
    closed_at: null,
  };
  const columns = start.columns.map((c) => ({ id: newId(), ...c }));
  await deps.db.transaction().execute(async (trx) => {
    await insertSession(trx, { ...row }, columns);
    await insertParticipant(
      trx,
      id,
      {
        id: newId(),
        accountId: actor.id,
        name: actor.name,
        role: "facilitator",
        ready: false,
        guestTokenHash: null,
      },
      now,
    );
    await emit(deps, trx, "boards.session.opened", sessionRef(row));
  });
  return (await sessionById(deps.db, id))!;
}

/**
 * Who is looking at a session: a signed-in person, a guest with their cookie token, or a guest on
 * /live known by their place's id (`guestId`, from a guest ticket signed for this session).
 */
export type Visitor = { actor: Actor | null; guestToken?: string | undefined; guestId?: string | undefined };

export type Access = {
  session: SessionRow;
  /** The visitor's place in the session, when they have joined. */
  participant: Participant | null;
  /** A network member (or admin) who has not joined yet may join from the session page. */
  canJoin: boolean;
};

/** The session as the visitor may reach it: participants and network members; 404 for anyone else. */
export async function accessSession(deps: Deps, visitor: Visitor, sessionId: string): Promise<Access> {
  const session = await sessionById(deps.db, sessionId);
  if (!session) throw notFound();
  const participant = await participantOf(deps, session.id, visitor);
  const seen = { networkId: session.network_id, closed: session.phase === "closed", participant };
  if (!can(visitor.actor, "see-session", seen)) throw notFound();
  return { session, participant, canJoin: can(visitor.actor, "join-from-page", seen) };
}

async function participantOf(deps: Deps, sessionId: string, v: Visitor): Promise<Participant | null> {
  if (v.actor) return (await participantByAccount(deps.db, sessionId, v.actor.id)) ?? null;
  if (v.guestToken)
    return (await participantByGuestToken(deps.db, sessionId, hashToken(v.guestToken))) ?? null;
  if (v.guestId) return (await guestParticipantById(deps.db, sessionId, v.guestId)) ?? null;
  return null;
}

export const sessionForJoinCode = async (deps: Deps, code: string) => {
  const s = code ? await sessionByJoinCode(deps.db, code) : undefined;
  if (!s) throw notFound();
  return s;
};

export const listSessions = (deps: Deps, networkId: string) => sessionsOfNetwork(deps.db, networkId);

/**
 * The person's networks (those they have a role in), by name, each with its sessions not closed
 * yet, for the page the main navigation leads to.
 */
export async function sessionsOfMyNetworks(deps: Deps, actor: Actor) {
  const ids = Object.entries(actor.networkRoles)
    .filter(([, roles]) => roles.length > 0)
    .map(([id]) => id);
  const networks = await Promise.all(
    ids.map(async (id) => {
      const [network, sessions] = await Promise.all([networkById(deps, id), sessionsOfNetwork(deps.db, id)]);
      return {
        network: { id: network.id, slug: network.slug, name: network.name },
        open: sessions.filter((s) => s.phase !== "closed"),
        canCreate: can(actor, "create-session", { networkId: id }),
      };
    }),
  );
  return networks.sort((a, b) => a.network.name.localeCompare(b.network.name, "it"));
}

/**
 * A lab's sessions (for the lab and meeting pages): title, phase and the page's URL. The session
 * pages themselves decide who may open them (the lab's network members and participants).
 */
export async function sessionsForLab(deps: Deps, labId: string) {
  const rows = await sessionsOfLab(deps.db, labId);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    phase: r.phase,
    createdAt: r.created_at,
    url: `${deps.config.baseUrl}/boards/${r.id}`,
  }));
}

/** Why joining is refused (a catalogue key), or null. */
export class JoinError extends AppError {
  constructor(readonly key: string) {
    super(409, "join-refused", key);
  }
}

/**
 * Joins the session: a signed-in person (coordinators and facilitators of the network become
 * co-facilitators), or a guest with a name when the session allows guests. Joining twice answers
 * the existing place. A guest gets a token for their cookie.
 */
export async function join(
  deps: Deps,
  session: SessionRow,
  who: { actor: Actor } | { guestName: string; ip: string },
): Promise<{ participant: Participant; guestToken?: string }> {
  if ("actor" in who) {
    const existing = await participantByAccount(deps.db, session.id, who.actor.id);
    if (existing) return { participant: existing };
  }
  if (session.phase === "closed") throw new JoinError("boards.join.closed");
  let guestToken: string | undefined;
  let p: Participant;
  if ("actor" in who) {
    const a = who.actor;
    const staff = can(a, "facilitate", { networkId: session.network_id });
    p = {
      id: newId(),
      accountId: a.id,
      name: a.name,
      role: staff ? "co-facilitator" : "participant",
      ready: false,
    };
  } else {
    if (!can(null, "join", { guestsAllowed: session.guests_allowed }))
      throw new JoinError("boards.join.noGuests");
    await spendGuestJoin(deps, session.id, who.ip);
    guestToken = newToken();
    p = { id: newId(), accountId: null, name: who.guestName, role: "guest", ready: false };
  }
  const joined = p;
  const maxGuests = boardLimits(deps).boardGuestsPerSession.max;
  let result: CommandResult;
  try {
    result = await run(deps, session.id, joined.id, (state) => {
      if (state.phase === "closed") return { ok: false, reason: "closed" };
      // Counted with the session row locked, so guests joining at once cannot pass the ceiling.
      if (joined.role === "guest" && guestsIn(state) >= maxGuests)
        return { ok: false, reason: "guests-full" };
      return {
        ok: true,
        events: [
          {
            type: "participant.joined",
            audience: "all",
            subjectId: joined.id,
            data: state.settings.anonymous
              ? { count: state.participants.size + 1 }
              : { participant: { id: joined.id, name: joined.name, role: joined.role, ready: false } },
            selfData: { participant: joined },
          },
        ],
        before: (trx) =>
          insertParticipant(
            trx,
            session.id,
            { ...joined, guestTokenHash: guestToken ? hashToken(guestToken) : null },
            deps.clock.now(),
          ),
      };
    });
  } catch (err) {
    // The same account joining twice at once: the unique index refused the second; answer the first.
    if ("actor" in who) {
      const existing = await participantByAccount(deps.db, session.id, who.actor.id);
      if (existing) return { participant: existing };
    }
    throw err;
  }
  if (!result.ok) throw new JoinError(`boards.refused.${result.reason}`);
  return { participant: joined, ...(guestToken ? { guestToken } : {}) };
}

function guestsIn(state: BoardState): number {
  let n = 0;
  for (const p of state.participants.values()) if (p.role === "guest") n++;
  return n;
}

// ---- reading ----

/** The session's current state (from the database). */
export async function stateOf(deps: Deps, session: SessionRow): Promise<BoardState> {
  return loadState(deps.db, session);
}

/** A consistent snapshot for one viewer: the state and the `seq` it is at, read in one transaction. */
export async function snapshotFor(deps: Deps, sessionId: string, viewer: Participant | null) {
  return deps.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const row = await sessionById(trx, sessionId);
      if (!row) throw notFound();
      const state = await loadState(trx, row);
      // The viewer's role may have changed (handover) since they connected.
      const me = viewer ? (state.participants.get(viewer.id) ?? viewer) : null;
      return viewOf(state, me);
    });
}

/** Stored events after `since` (at most `limit`), for a reconnecting client; `null` when too many. */
export async function eventsSince(
  deps: Deps,
  sessionId: string,
  since: number,
  limit: number,
): Promise<WireEvent[] | null> {
  const rows = await eventsAfter(deps.db, sessionId, since, limit + 1);
  if (rows.length > limit) return null;
  return rows.map(wireOf);
}

export { participantByAccount };
