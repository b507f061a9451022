// A session's summary (complete once it is closed; a snapshot in earlier phases, for the exports):
// groups ranked by votes (per column) with their notes, the outcomes and
// actions recorded on them, participation figures and what the facilitators promoted from it. Built
// from what the viewer may see of the session (view.ts): an anonymous session carries no author
// anywhere, and the summary, its exports and the lab/meeting panels show the same thing.

import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import type { SessionRow } from "./boards.repo.ts";
import { accessSession, stateOf, type Visitor } from "./boards.service.ts";
import { closedSessionsOf, type PromotionRow, promotionsOf } from "./outcomes.repo.ts";
import { can } from "./policy.ts";
import type { BoardState, Outcome, Participant } from "./rules.ts";
import { figuresOf, rankGroups, type ViewGroup, viewOf } from "./view.ts";

export type RankedGroup = ViewGroup & { rank: number; votes: number; outcomes: Outcome[] };

export type SessionSummary = {
  session: SessionRow;
  closed: boolean;
  phase: BoardState["phase"];
  anonymous: boolean;
  figures: { participants: number; contributors: number; notes: number; groups: number; votes: number };
  columns: { id: string; title: string; prompt: string; groups: RankedGroup[] }[];
  /** The most voted groups of the whole session (for the compact panel). */
  top: (RankedGroup & { column: string })[];
  /** Outcomes and actions not tied to a group shown here. */
  general: Outcome[];
  promotions: PromotionRow[];
  /** The viewer, when they joined the session. */
  viewer: Participant | null;
  /** The viewer may promote (a facilitator or co-facilitator with an account). */
  canPromote: boolean;
};

/** People who added a note or placed a dot. */
function contributorsOf(state: BoardState): number {
  const who = new Set<string>();
  for (const n of state.notes.values()) who.add(n.authorId);
  for (const byPerson of state.votes.values())
    for (const [person, count] of byPerson) if (count > 0) who.add(person);
  return who.size;
}

export function summarise(
  session: SessionRow,
  state: BoardState,
  viewer: Participant | null,
  promotions: PromotionRow[],
): SessionSummary {
  const view = viewOf(state, viewer);
  const shown = new Set<string>();
  const byGroup = (id: string) => view.outcomes.filter((o) => o.groupId === id);
  const columns = view.columns.map((c) => {
    const ranked = rankGroups(c.groups).map((g) => {
      shown.add(g.id);
      return { ...g, votes: g.total ?? 0, outcomes: byGroup(g.id) };
    });
    return { id: c.id, title: c.title, prompt: c.prompt, groups: ranked };
  });
  const top = columns
    .flatMap((c) => c.groups.map((g) => ({ ...g, column: c.title })))
    .filter((g) => g.votes > 0)
    .sort((a, b) => b.votes - a.votes || a.rank - b.rank)
    .slice(0, 3);
  return {
    session,
    closed: session.phase === "closed",
    phase: view.phase,
    anonymous: state.settings.anonymous,
    figures: { ...figuresOf(view), contributors: contributorsOf(state) },
    columns,
    top,
    general: view.outcomes.filter((o) => !o.groupId || !shown.has(o.groupId)),
    promotions,
    viewer,
    canPromote: can(viewer, "promote"),
  };
}

/** The summary of a session as this visitor may see it (404 when they may not see the session). */
export async function sessionSummary(deps: Deps, visitor: Visitor, sessionId: string) {
  const access = await accessSession(deps, visitor, sessionId);
  const state = await stateOf(deps, access.session);
  const me = access.participant ? (state.participants.get(access.participant.id) ?? null) : null;
  return summarise(access.session, state, me, await promotionsOf(deps.db, access.session.id));
}

/**
 * Summaries of the closed sessions of a lab or a meeting that this person may see (for the lab and
 * meeting pages). Sessions they may not see are left out, as everywhere.
 */
export async function closedSummaries(
  deps: Deps,
  actor: Actor | null,
  where: { labId: string } | { meetingId: string },
): Promise<SessionSummary[]> {
  if (!actor) return [];
  const rows = await closedSessionsOf(deps.db, where);
  const out: SessionSummary[] = [];
  for (const row of rows) {
    try {
      out.push(await sessionSummary(deps, { actor }, row.id));
    } catch (err) {
      if (!(err instanceof AppError && err.status === 404)) throw err;
    }
  }
  return out;
}
