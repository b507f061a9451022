// Presence: who has a session open right now ("Chi è qui"), from the board's /live subscriptions.
//
// Why it is built this way:
// - Each process counts its own subscriptions per person, so a person's tabs (and devices) are one
//   entry, and writes only the transitions (first subscription of a person, last one gone) to a set
//   shared through the live hub: with Redis a sorted set per session whose members are
//   "<process>/<participant>", each expiring PRESENCE.ttlMs after its process last re-added it
//   (every PRESENCE.refreshMs). A process that dies stops re-adding, so its people drop out on
//   their own; nothing has to notice the crash. (Without Redis the set is in this process.)
// - A change is announced on the session's hub stream as a bare notice, not as the list: two
//   processes changing the set at once could publish lists read in the opposite order to the one
//   they arrive in. Every process that hears a notice reads the set again (once per burst of
//   notices, PRESENCE.settleMs later or longer in large sessions, one read at a time per session)
//   and sends the result to its own subscribers,
//   so the last list anyone gets was read after the last change. The periodic refresh also drops
//   expired members and, when it finds some, announces the change.
// - Names come from the session's participants in the database, and only when the session is not
//   anonymous: in an anonymous session everyone, facilitators included, gets only the number.
// Guests connect with a guest ticket (guest-live.service.ts) and are present by their guest name.
import { randomBytes } from "node:crypto";
import type { Deps } from "../../platform/deps.ts";
import type { LiveHub } from "../../platform/realtime/hub.ts";
import { presentParticipants } from "./presence.repo.ts";

export const PRESENCE = { ttlMs: 45_000, refreshMs: 15_000, settleMs: 200 };
/** The notice on the session's hub stream (never forwarded to clients as such). */
export const PRESENCE_NOTICE = "board.presence-changed";

export type PresenceView = { count: number; people: { id: string; name: string }[] | null };

/** A subscription as presence sees it (live.ts's BoardViewer). */
export type PresenceViewer = {
  readonly sessionId: string;
  readonly participantId: string;
  sendPresence(frame: string): void;
};

const keyOf = (sessionId: string) => `board-presence:${sessionId}`;
const streamOf = (sessionId: string) => `board:${sessionId}`;

export class Presence {
  /** This process's name in the shared sets. */
  private readonly proc = randomBytes(8).toString("hex");
  /** session → participant → this process's subscriptions of that person. */
  private readonly local = new Map<string, Map<string, Set<PresenceViewer>>>();
  /** session → the participants this process has put in the shared set. */
  private readonly written = new Map<string, Set<string>>();
  private readonly syncs = new Map<string, Promise<void>>();
  private readonly reads = new Map<string, Promise<void>>();
  private readonly pending = new Set<string>();
  private readonly sent = new WeakMap<PresenceViewer, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: Deps,
    readonly hub: LiveHub,
  ) {}

  enter(v: PresenceViewer) {
    let people = this.local.get(v.sessionId);
    if (!people) {
      people = new Map();
      this.local.set(v.sessionId, people);
    }
    let mine = people.get(v.participantId);
    if (!mine) {
      mine = new Set();
      people.set(v.participantId, mine);
    }
    mine.add(v);
    this.sync(v.sessionId);
    // A second tab changes nothing in the set, but it still needs the list.
    this.noticed(v.sessionId);
    this.timer ??= setInterval(() => void this.refresh(), PRESENCE.refreshMs).unref();
  }

  leave(v: PresenceViewer) {
    const people = this.local.get(v.sessionId);
    const mine = people?.get(v.participantId);
    if (!mine?.delete(v)) return;
    if (mine.size === 0) people!.delete(v.participantId);
    if (people!.size === 0) this.local.delete(v.sessionId);
    this.sync(v.sessionId);
  }

  /** A notice was heard on the session's stream: read the set again soon and send it. */
  noticed(sessionId: string) {
    const people = this.local.get(sessionId);
    if (!people || this.pending.has(sessionId)) return;
    this.pending.add(sessionId);
    // The list goes to every subscriber here and grows with them: while 300 people arrive, one
    // list every two seconds rather than one per arrival (a few names' delay matters little there).
    let viewers = 0;
    for (const v of people.values()) viewers += v.size;
    const wait = PRESENCE.settleMs + Math.min(2000, 5 * viewers);
    setTimeout(() => {
      this.pending.delete(sessionId);
      this.serial(this.reads, sessionId, () => this.broadcast(sessionId));
    }, wait).unref();
  }

  /** Who is here now, as everyone sees it (names, or only the number in an anonymous session). */
  async read(sessionId: string): Promise<PresenceView> {
    const { members } = await this.hub.setMembers(keyOf(sessionId));
    const ids = [...new Set(members.map((m) => m.slice(m.indexOf("/") + 1)))];
    const { anonymous, people } = await presentParticipants(this.deps.db, sessionId, ids);
    if (anonymous) return { count: people.length, people: null };
    const sorted = people
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "it") || a.id.localeCompare(b.id));
    return { count: sorted.length, people: sorted };
  }

  private async broadcast(sessionId: string) {
    const people = this.local.get(sessionId);
    if (!people) return;
    const view = await this.read(sessionId);
    const frame = JSON.stringify({
      type: "board.presence",
      stream: streamOf(sessionId),
      session: sessionId,
      ...view,
    });
    // Viewers that already have this very list are skipped (the periodic refresh, a second tab).
    for (const viewers of this.local.get(sessionId)?.values() ?? []) {
      for (const v of viewers) {
        if (this.sent.get(v) === frame) continue;
        this.sent.set(v, frame);
        v.sendPresence(frame);
      }
    }
  }

  /** Brings the shared set in line with this process's subscriptions, then announces a change. */
  private sync(sessionId: string) {
    this.serial(this.syncs, sessionId, async () => {
      const want = new Set(this.local.get(sessionId)?.keys() ?? []);
      const had = this.written.get(sessionId) ?? new Set<string>();
      const added = [...want].filter((p) => !had.has(p));
      const removed = [...had].filter((p) => !want.has(p));
      if (!added.length && !removed.length) return;
      const member = (p: string) => `${this.proc}/${p}`;
      if (added.length) await this.hub.setAdd(keyOf(sessionId), added.map(member), PRESENCE.ttlMs);
      if (removed.length) await this.hub.setRemove(keyOf(sessionId), removed.map(member));
      if (want.size) this.written.set(sessionId, want);
      else this.written.delete(sessionId);
      await this.hub.publish(streamOf(sessionId), { type: PRESENCE_NOTICE });
    });
  }

  /** Every PRESENCE.refreshMs: keep this process's members alive and notice others that expired. */
  private async refresh() {
    if (!this.local.size && !this.written.size) {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      return;
    }
    for (const sessionId of new Set([...this.local.keys(), ...this.written.keys()])) {
      this.sync(sessionId);
      this.serial(this.syncs, sessionId, async () => {
        const mine = [...(this.written.get(sessionId) ?? [])].map((p) => `${this.proc}/${p}`);
        await this.hub.setAdd(keyOf(sessionId), mine, PRESENCE.ttlMs);
        const { expired } = await this.hub.setMembers(keyOf(sessionId));
        if (expired) await this.hub.publish(streamOf(sessionId), { type: PRESENCE_NOTICE });
      });
    }
  }

  /** One task at a time per session in `chains`; a failure is logged (the next change retries). */
  private serial(chains: Map<string, Promise<void>>, sessionId: string, task: () => Promise<void>) {
    const next = (chains.get(sessionId) ?? Promise.resolve()).then(task).catch((err: unknown) => {
      this.deps.log.warn({ err, sessionId }, "board presence failed");
    });
    chains.set(sessionId, next);
    void next.then(() => {
      if (chains.get(sessionId) === next) chains.delete(sessionId);
    });
  }
}

// ---- one tracker per application instance, once /live is attached (live.ts) ----
const trackers = new WeakMap<Deps, Presence>();

export function presenceFor(deps: Deps, hub: LiveHub): Presence {
  let p = trackers.get(deps);
  // A new hub (/live attached again, as tests do) gets a new tracker.
  if (!p || p.hub !== hub) {
    p = new Presence(deps, hub);
    trackers.set(deps, p);
  }
  return p;
}

/** Who is here, for the session's page; null where this process serves no /live (web role only). */
export async function presenceNow(deps: Deps, sessionId: string): Promise<PresenceView | null> {
  const p = trackers.get(deps);
  if (!p) return null;
  try {
    return await p.read(sessionId);
  } catch (err) {
    deps.log.warn({ err, sessionId }, "board presence read failed");
    return null;
  }
}
