// Calendar feeds beyond a single lab: a network's meetings, and each person's own feed of the meetings
// they registered for, behind a secret URL the person can reset (the old URL then stops working).
// Only a hash of the URL's token is stored, so the URL is shown once, when it is made; someone who
// has lost it makes a new one.
// Every entry is what the viewer (for the personal feed: the feed's owner) may see, nothing more.
import { randomBytes } from "node:crypto";
import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { notFound } from "../../../platform/errors.ts";
import { hashToken } from "../../../platform/ids.ts";
import { loadActor, networkBySlug } from "../../identity/index.ts";
import { listLabs, loadLab } from "../labs.service.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import { canSeeMeeting } from "../policy.ts";
// The feed has no session: the owner's actor comes from the token's account (as identity does for
// API tokens). Imported from the service itself, like practices' tests do; identity's index lacks it.
import {
  accountOfFeedTokenHash,
  feedCreatedAt,
  registeredMeetings,
  setFeedTokenHash,
} from "./calendar.repo.ts";
import { complete } from "./complete.ts";
import { calendarOf } from "./ical.ts";
import { meetingsBetween } from "./repo.ts";

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;
const newToken = () => randomBytes(24).toString("base64url");

/** The network's meetings the viewer may see, as an iCal feed (404 for an unknown network). */
export async function networkCalendar(deps: Deps, actor: Actor | null, slug: string) {
  const network = await networkBySlug(deps, slug);
  const labs = await listLabs(deps, actor, { networkId: network.id });
  const rows = (
    await meetingsBetween(deps.db, { from: null, to: null, labIds: labs.map((l) => l.id) })
  ).filter((r) => canSeeMeeting(actor, labs.find((l) => l.id === r.lab_id)!, r));
  const meetings = await complete(deps, rows);
  return {
    name: network.name,
    body: calendarOf(
      { baseUrl: deps.config.baseUrl, name: network.name, now: deps.clock.now() },
      meetings.map((meeting) => ({ lab: labs.find((l) => l.id === meeting.labId)!, meeting })),
    ),
  };
}

export type MyMeeting = { lab: Lab; meeting: Meeting; status: string; code: string };

/** The meetings `actor` registered for (confirmed or waiting) that they may still see, soonest first. */
export async function myMeetings(deps: Deps, actor: Actor): Promise<MyMeeting[]> {
  const rows = await registeredMeetings(deps.db, actor.id);
  const labs = new Map<string, Lab>();
  for (const r of rows) if (!labs.has(r.lab_id)) labs.set(r.lab_id, await loadLab(deps, r.lab_id));
  const visible = rows.filter((r) => canSeeMeeting(actor, labs.get(r.lab_id)!, r));
  const meetings = await complete(deps, visible);
  return meetings.map((meeting, i) => ({
    lab: labs.get(meeting.labId)!,
    meeting,
    status: visible[i]!.registration_status,
    code: visible[i]!.registration_code,
  }));
}

/** When the account's feed address was made (it cannot be shown again), or null when it has none. */
export const feedMadeAt = (deps: Deps, actor: Actor): Promise<Date | null> =>
  feedCreatedAt(deps.db, actor.id);

/** A new token (the first, or a replacement: the previous feed URL answers 404 from now on). */
export async function resetFeedToken(deps: Deps, actor: Actor): Promise<string> {
  const token = newToken();
  await setFeedTokenHash(deps.db, actor.id, hashToken(token), deps.clock.now());
  return token;
}

export const personalFeedUrl = (deps: Deps, token: string) =>
  `${deps.config.baseUrl}/calendar/${token}/meetings.ics`;

/** The personal feed for a token (404 for an unknown or reset token). */
export async function personalCalendar(deps: Deps, token: string, name: string) {
  if (!TOKEN.test(token)) throw notFound();
  const accountId = await accountOfFeedTokenHash(deps.db, hashToken(token));
  const actor = accountId ? await loadActor(deps, accountId) : null;
  if (!actor) throw notFound();
  const mine = await myMeetings(deps, actor);
  return calendarOf(
    { baseUrl: deps.config.baseUrl, name, now: deps.clock.now() },
    mine.map(({ lab, meeting }) => ({ lab, meeting })),
  );
}
