// How the board's rows and views leave the module in /api/v1 (api.schema.ts describes them): a
// session as a list item and in full (what its caller may see: view.ts), a summary (the page's
// content: outcomes.service.ts), an event as /live would send it to the caller. Pure.
import type { SessionRow } from "./boards.repo.ts";
import { streamOf, type WireEvent } from "./command-runner.ts";
import type { SessionSummary } from "./outcomes.service.ts";
import { can } from "./policy.ts";
import { type Participant, viewFor } from "./rules.ts";
import type { BoardView } from "./view.ts";

type ItemRow = Pick<
  SessionRow,
  "id" | "network_id" | "lab_id" | "meeting_id" | "title" | "template" | "phase" | "created_at" | "closed_at"
>;

export const sessionItemJson = (base: string, r: ItemRow) => ({
  id: r.id,
  url: `${base}/boards/${r.id}`,
  networkId: r.network_id,
  labId: r.lab_id,
  meetingId: r.meeting_id,
  title: r.title,
  template: r.template,
  phase: r.phase,
  createdAt: r.created_at.toISOString(),
  closedAt: r.closed_at?.toISOString() ?? null,
});

export const placeJson = (p: Participant) => ({
  participantId: p.id,
  name: p.name,
  role: p.role,
  ready: p.ready,
});

/** The session as `me` (null: not joined) sees it; the join link only for its facilitators. */
export function sessionJson(base: string, r: SessionRow, view: BoardView, me: Participant | null) {
  let notes = 0;
  let groups = 0;
  for (const c of view.columns)
    for (const g of c.groups) {
      groups++;
      notes += g.notes.length;
    }
  return {
    ...sessionItemJson(base, r),
    phase: view.phase,
    locked: view.locked,
    seq: view.seq,
    stream: streamOf(r.id),
    settings: { ...view.settings, timerMinutes: r.timer_minutes },
    columns: view.columns.map((c) => ({ id: c.id, title: c.title, prompt: c.prompt })),
    counts: {
      participants: view.participantCount,
      notes,
      hiddenNotes: view.hiddenNotes,
      groups,
      outcomes: view.outcomes.length,
    },
    me: me ? placeJson(me) : null,
    join: can(me, "run-board") ? { url: `${base}/boards/join/${r.join_code}`, code: r.join_code } : null,
    summaryUrl: `${base}/api/v1/boards/${r.id}/summary`,
  };
}

/** A stored event of the session as /live sends it to `me` (null when not for them), `clientId` included. */
export function frameFor(sessionId: string, e: WireEvent, me: Participant): Record<string, unknown> | null {
  const view = viewFor(e, { id: me.id, staff: can(me, "run-board") });
  if (!view) return null;
  const own = e.clientId && e.actorId === me.id ? { clientId: e.clientId } : {};
  return { ...view, ...own, stream: streamOf(sessionId), seq: e.seq };
}

/** The summary page's content as JSON: the same groups, notes, outcomes, figures and anonymity. */
export function summaryJson(base: string, s: SessionSummary) {
  const page = `${base}/boards/${s.session.id}`;
  return {
    session: {
      id: s.session.id,
      title: s.session.title,
      url: page,
      phase: s.phase,
      closed: s.closed,
      closedAt: s.session.closed_at?.toISOString() ?? null,
    },
    anonymous: s.anonymous,
    figures: s.figures,
    columns: s.columns.map((c) => ({
      id: c.id,
      title: c.title,
      prompt: c.prompt,
      groups: c.groups.map((g) => ({
        id: g.id,
        name: g.name,
        number: g.number,
        rank: g.rank,
        votes: g.total === undefined ? null : g.votes,
        notes: g.notes.map((n) => ({
          id: n.id,
          text: n.text,
          ...(n.author ? { author: n.author } : {}),
          ...(n.mine ? { mine: true as const } : {}),
        })),
        outcomes: g.outcomes,
      })),
    })),
    top: s.top.map((g) => ({
      groupId: g.id,
      name: g.name,
      number: g.number,
      column: g.column,
      votes: g.votes,
    })),
    general: s.general,
    promotions: s.promotions.map((p) => ({
      target: p.target,
      title: p.target_title,
      url: new URL(p.target_path, base).toString(),
      groupId: p.group_id,
      noteId: p.note_id,
    })),
    files: { md: `${page}/summary.md`, csv: `${page}/summary.csv`, pdf: `${page}/summary.pdf` },
  };
}
