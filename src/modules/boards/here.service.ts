// Sessions "here", for the lab and meeting pages (the manifest's slots): the sessions of that lab
// or meeting still open that this person may see — each with whether they already take part — and,
// for those who may start sessions in the lab's network, where to start one already set for the lab
// and the meeting. Closed sessions are the outcomes panel's (outcomes.service.ts closedSummaries).
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { AppError } from "../../platform/errors.ts";
import { networkById } from "../identity/index.ts";
import { getLab, getMeeting, type Lab } from "../labs/index.ts";
import { openSessionsOf } from "./boards.repo.ts";
import { accessSession } from "./boards.service.ts";
import { can } from "./policy.ts";
import type { Phase } from "./rules.ts";

export type OpenSession = { id: string; title: string; phase: Phase; joined: boolean };
export type SessionsHere = {
  open: OpenSession[];
  /** The new-session form set for this lab (and meeting); null for those who may not start one. */
  startUrl: string | null;
};

const seen = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((err) => {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  });

/** Nothing for signed-out visitors or when there is nothing to show (the slot then shows nothing). */
export async function sessionsHere(
  deps: Deps,
  actor: Actor | null,
  where: { labId: string } | { meetingId: string },
): Promise<SessionsHere | null> {
  if (!actor) return null;
  let lab: Lab | null;
  let query = "";
  if ("meetingId" in where) {
    const found = await seen(getMeeting(deps, actor, { id: where.meetingId }, true));
    lab = found?.lab ?? null;
    if (found) query = `?lab=${found.lab.id}&meeting=${found.meeting.id}`;
  } else {
    lab = await seen(getLab(deps, actor, where.labId));
    if (lab) query = `?lab=${lab.id}`;
  }
  if (!lab) return null;
  const open: OpenSession[] = [];
  for (const row of await openSessionsOf(deps.db, where)) {
    const access = await seen(accessSession(deps, { actor }, row.id));
    if (access)
      open.push({ id: row.id, title: row.title, phase: row.phase, joined: Boolean(access.participant) });
  }
  const startUrl = can(actor, "create-session", { networkId: lab.networkId })
    ? `/networks/${(await networkById(deps, lab.networkId)).slug}/boards/new${query}`
    : null;
  return open.length || startUrl ? { open, startUrl } : null;
}
