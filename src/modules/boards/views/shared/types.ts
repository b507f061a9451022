// What one person may see of a session (view.ts `viewOf` builds it on the server; the board's
// script keeps it current in the browser from /live's snapshot and events). Types only, and the
// small pure helpers both sides use to show it: no server code, so client/board can bundle it.
import type { BoardRole, NotePayload, Outcome, Phase, Settings, TimerPayload } from "../../rules.model.ts";

export type ViewNote = NotePayload & { mine?: true };
export type ViewGroup = {
  id: string;
  columnId: string;
  name: string;
  notes: ViewNote[];
  /** Dots on the group; absent while votes are hidden. */
  total?: number;
  /** The viewer's own dots on the group. */
  mine: number;
  /**
   * Its place in its column in order of creation, from 1: what names a group nobody named
   * ("Gruppo 2"), the same for every viewer and in every order the groups are shown in.
   */
  number: number;
};

export type ViewColumn = { id: string; title: string; prompt: string; groups: ViewGroup[] };

export type BoardView = {
  id: string;
  seq: number;
  phase: Phase;
  settings: Settings;
  locked: boolean;
  focusGroupId: string | null;
  timer: TimerPayload;
  me: { id: string; name: string; role: BoardRole; ready: boolean; votesLeft: number } | null;
  /** Names and roles, or only the count in an anonymous session. */
  participants: { id: string; name: string; role: BoardRole; ready: boolean }[] | null;
  participantCount: number;
  readyCount: number;
  columns: ViewColumn[];
  /** Notes that exist but are not shown to this viewer (private collect). */
  hiddenNotes: number;
  outcomes: Outcome[];
};

/** A translator's shape, as both sides have one (the platform's on the server, the page's messages in the browser). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A group's name, or the neutral "Gruppo 2" (its place in its column) when nobody named it. */
export const groupName = (t: Translate, g: { name: string; number: number }) =>
  g.name.trim() || t("boards.group.numbered", { n: g.number });

/**
 * A column's groups in the discussion: by votes, ties in order of creation (the order they come in),
 * so the room takes the most voted first and a tie does not reshuffle between page loads.
 */
export function discussionOrder<G extends ViewGroup>(groups: readonly G[]): G[] {
  return [...groups].sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.number - b.number);
}

/**
 * A column's groups in summary order: by votes, then by number of notes, then by name. The one
 * ranking behind the closed board, the summary page, its files and the lab/meeting panels.
 */
export function rankGroups<G extends ViewGroup>(groups: readonly G[]): (G & { rank: number })[] {
  return [...groups]
    .sort(
      (a, b) =>
        (b.total ?? 0) - (a.total ?? 0) ||
        b.notes.length - a.notes.length ||
        a.name.localeCompare(b.name, "it"),
    )
    .map((g, i) => ({ ...g, rank: i + 1 }));
}

/** The column's groups in the order this phase shows them. */
export function groupsShown(phase: Phase, groups: ViewGroup[]): ViewGroup[] {
  if (phase === "closed") return rankGroups(groups);
  if (phase === "discuss") return discussionOrder(groups);
  return groups;
}
