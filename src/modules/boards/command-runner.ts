// Running a command on a board session, and handing its events to the live hub.
//
// A command runs in one transaction that locks the session row, decides with the pure rules
// (rules.ts) on the session's state, writes the changes and one event per change with the session's
// next `seq`, and commits; only then is it acknowledged and published on the live hub (stream
// `board:<id>`). Within one process, commands of one session run one after another (a promise chain
// per session), so events are also published in `seq` order; across processes the row lock orders
// the commits and each connection puts events back in order (live.ts). The state a command is
// decided on is kept in memory between commands and reused only while the session row's `seq` still
// matches it. A command may carry the sender's `clientId`: it is stored with each event it records
// and travels with them, so live.ts can give it back to the sender (and to no one else).

import type { Deps } from "../../platform/deps.ts";
import { notFound } from "../../platform/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { LiveHub, LiveSocket } from "../../platform/realtime/hub.ts";
import {
  type EventRow,
  insertEvent,
  loadState,
  lockSession,
  type SessionRow,
  setSeq,
} from "./boards.repo.ts";
import { persist } from "./persist.repo.ts";
import { applyEvent, type BoardState, type Command, type Draft, decide, type Reason } from "./rules.ts";
import { emitSessionEvents } from "./session-events.ts";

export const streamOf = (sessionId: string) => `board:${sessionId}`;

// ---- the live hub, once /live is attached in this process (live.ts) ----
const hubs = new WeakMap<Deps, LiveHub>();
export const setBoardHub = (deps: Deps, hub: LiveHub) => hubs.set(deps, hub);

/**
 * A stored event as it travels through the hub to every process's connections: the draft with its
 * `seq`, and `selfData` null (not absent) when it has none, as in the database row. `actorId` (the
 * participant whose command recorded it) and `clientId` (what that command carried) decide who gets
 * the `clientId` back; neither is ever sent to a client as such.
 */
export type WireEvent = Draft & { seq: number; actorId?: string | null; clientId?: string | null };
export const FANOUT = "board.fanout";

/**
 * The recorded form of a draft, with the keys in the order the hub has always carried them. TypeScript
 * cannot follow which `data` goes with which `type` through a rebuilt object, hence the assertion:
 * every field is the draft's own.
 */
const recorded = (seq: number, e: Draft, actorId: string, clientId: string | null): WireEvent =>
  ({
    seq,
    type: e.type,
    audience: e.audience,
    subjectId: e.subjectId,
    data: e.data,
    selfData: e.selfData ?? null,
    actorId,
    clientId,
  }) as WireEvent;

/**
 * The one place a stored row becomes a BoardEvent again (catch-up and gap filling read them back).
 * Rows are written only by insertEvent, from a Draft the rules typed, in the same transaction as the
 * changes it describes, and never edited; the columns (a text type, jsonb data) cannot say which data
 * goes with which type, so the pairing is asserted here rather than parsed: a parse could refuse
 * nothing that can be there, and would cost on every catch-up of up to MAX_CATCH_UP events.
 */
export const wireOf = (r: EventRow): WireEvent =>
  ({
    seq: Number(r.seq),
    type: r.type,
    audience: r.audience,
    subjectId: r.subject_id,
    data: r.data,
    selfData: r.self_data,
    actorId: r.actor_id,
    clientId: r.client_id,
  }) as WireEvent;

// ---- commands ----

/** Commands per person and session in a window (counted per process, live and form posts alike). */
export const FLOOD = { max: 40, windowMs: 10_000 };
const floods = new Map<string, { start: number; count: number }>();

/** Counts one command; true when the person has sent too many in the window (refused: rate-limited). */
export function flooding(sessionId: string, participantId: string, now = Date.now()): boolean {
  const key = `${sessionId}:${participantId}`;
  const f = floods.get(key);
  if (floods.size > 10_000) floods.clear();
  if (!f || now - f.start >= FLOOD.windowMs) {
    floods.set(key, { start: now, count: 1 });
    return false;
  }
  return ++f.count > FLOOD.max;
}

/** Done: the `seq` of its last event, and its events as stored (for the API's answer). */
export type CommandResult = { ok: true; seq: number; events: WireEvent[] } | { ok: false; reason: Reason };

/** Runs one command of a participant (see the header for the guarantees). */
export function runCommand(
  deps: Deps,
  sessionId: string,
  participantId: string,
  cmd: Command,
  clientId: string | null = null,
  /** The sender's own subscription on /live: its events reach it first (hub.ts). */
  sender?: LiveSocket,
): Promise<CommandResult> {
  return run(
    deps,
    sessionId,
    participantId,
    (state, now) => decide(state, participantId, cmd, { now: now.getTime(), newId }),
    clientId,
    sender,
  );
}

type Decided =
  | { ok: true; events: Draft[]; before?: (trx: Deps["db"]) => Promise<void> }
  | { ok: false; reason: Reason };

// Per application instance (Deps): two instances in one process (tests) behave like two processes.
const chainsByDeps = new WeakMap<Deps, Map<string, Promise<unknown>>>();
const states = new WeakMap<Deps, Map<string, BoardState>>();
const MAX_CACHED = 200;

function cacheOf(deps: Deps) {
  let m = states.get(deps);
  if (!m) {
    m = new Map();
    states.set(deps, m);
  }
  return m;
}

/** One after another per session in this process (see the header). */
function serialised<T>(deps: Deps, sessionId: string, fn: () => Promise<T>): Promise<T> {
  let chains = chainsByDeps.get(deps);
  if (!chains) {
    chains = new Map();
    chainsByDeps.set(deps, chains);
  }
  const prev = chains.get(sessionId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  const tail = next.catch(() => {});
  chains.set(sessionId, tail);
  void tail.then(() => {
    if (chains!.get(sessionId) === tail) chains!.delete(sessionId);
  });
  return next;
}

export async function run(
  deps: Deps,
  sessionId: string,
  actorParticipantId: string,
  /** Decides on the state; `row` is the session's row as locked (what the state does not hold). */
  decideFn: (state: BoardState, now: Date, row: SessionRow) => Decided,
  clientId: string | null = null,
  sender?: LiveSocket,
): Promise<CommandResult> {
  return serialised(deps, sessionId, async () => {
    const cache = cacheOf(deps);
    const now = deps.clock.now();
    let state: BoardState | undefined;
    let records: WireEvent[] = [];
    try {
      const outcome = await deps.db.transaction().execute(async (trx) => {
        const row = await lockSession(trx, sessionId);
        if (!row) throw notFound();
        state = cache.get(sessionId);
        if (!state || state.seq !== Number(row.seq)) state = await loadState(trx, row);
        const d = decideFn(state, now, row);
        if (!d.ok) return d;
        await d.before?.(trx);
        let seq = state.seq;
        records = [];
        for (const e of d.events) {
          seq++;
          await persist(trx, sessionId, e, now);
          await insertEvent(trx, sessionId, seq, e, actorParticipantId, now, clientId);
          records.push(recorded(seq, e, actorParticipantId, clientId));
        }
        await setSeq(trx, sessionId, seq, now);
        // Closing and reopening are also domain events, committed with the board's own.
        await emitSessionEvents(deps, trx, row, d.events);
        return { ok: true as const, seq };
      });
      if (!outcome.ok) {
        if (state) remember(cache, sessionId, state);
        return { ok: false, reason: outcome.reason };
      }
      // Committed: the cached state follows the same events, then they go out.
      if (state) {
        for (const r of records) applyEvent(state, r);
        state.seq = outcome.seq;
        remember(cache, sessionId, state);
      }
      const hub = hubs.get(deps);
      if (hub) {
        for (const r of records) {
          try {
            await hub.publish(streamOf(sessionId), { type: FANOUT, e: r }, { first: sender });
          } catch (err) {
            // Stored: connections catch up from the database (live.ts fills gaps).
            deps.log.warn({ err, sessionId }, "board event publish failed");
          }
        }
      }
      return { ok: true, seq: outcome.seq, events: records };
    } catch (err) {
      cache.delete(sessionId);
      throw err;
    }
  });
}

function remember(cache: Map<string, BoardState>, id: string, state: BoardState) {
  cache.delete(id);
  cache.set(id, state);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
}
