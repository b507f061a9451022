// Changing a meeting after it was published: editing (moving it, changing its place or capacity) and
// cancelling it. Each change runs in one transaction that locks the meeting row (as registrations
// do), bumps its `version` — so reminders scheduled for the old version do nothing — schedules the new
// reminders and emits its events (`labs.meeting.changed`/`cancelled`, `labs.registration.promoted`),
// whose handlers mail the people registered once it has committed (events.handlers.ts).

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, invalid, notFound } from "../../../platform/errors.ts";
import { emit, emitMany } from "../../../platform/events.ts";
import { newId } from "../../../platform/ids.ts";
import { loadLab } from "../labs.service.ts";
import type { Lab, Meeting } from "../labs.types.ts";
import { canManageLab } from "../policy.ts";
import {
  countConfirmed,
  firstWaitlisted,
  recountConfirmed,
  setRegistrationStatus,
} from "../registrations/repo.ts";
import { MeetingInput } from "../schema.ts";
import { complete } from "./complete.ts";
import { scheduleReminders } from "./reminders.ts";
import { findMeetingById, lockMeeting, replaceAgenda, syncQuestions, updateMeetingRow } from "./repo.ts";
import { meetingColumns } from "./service.ts";
import "../events.handlers.ts";
import { parseOr422 } from "../validate.ts";

/** A change refused because of the meeting's state (cancelled, closed): a 409 with a message key. */
export class MeetingStateError extends AppError {
  constructor(readonly key: string) {
    super(409, "meeting-not-editable", "This meeting can no longer be changed.");
  }
}

async function managed(deps: Deps, actor: Actor | null, meetingId: string): Promise<Lab> {
  const row = await findMeetingById(deps.db, meetingId);
  if (!row) throw notFound();
  const lab = await loadLab(deps, row.lab_id);
  if (!canManageLab(actor, lab)) throw notFound();
  return lab;
}

/**
 * Edits a meeting (validated like a new one). The capacity cannot go below the confirmed registrations
 * (422 on `capacity`); more places promote people waiting. A change of time, place or link is mailed
 * to everyone registered; promoted people get their confirmation.
 */
export async function updateMeeting(
  deps: Deps,
  actor: Actor | null,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  const lab = await managed(deps, actor, meetingId);
  const d = parseOr422(MeetingInput, input);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const m = await lockMeeting(trx, meetingId);
    if (!m) throw notFound();
    if (m.status !== "scheduled") throw new MeetingStateError(`labs.edit.not.${m.status}`);
    const confirmed = await countConfirmed(trx, m.id);
    if (d.capacity !== null && d.capacity < confirmed)
      throw invalid([{ field: "capacity", message: "labs.errors.capacityBelowRegistrations" }]);
    const moved =
      m.starts_at.getTime() !== d.startsAt.getTime() ||
      m.ends_at.getTime() !== d.endsAt.getTime() ||
      m.time_zone !== d.timeZone ||
      m.mode !== d.mode ||
      m.venue !== d.venue ||
      m.address !== d.address ||
      m.online_url !== d.onlineUrl;
    await updateMeetingRow(trx, m.id, {
      ...meetingColumns(d),
      version: m.version + 1,
      updated_at: now,
    });
    await replaceAgenda(
      trx,
      m.id,
      d.agenda.map((a, position) => ({
        id: newId(),
        meeting_id: m.id,
        position,
        title: a.title,
        duration_minutes: a.durationMinutes,
        speaker: a.speaker,
        kind: a.kind,
      })),
    );
    await syncQuestions(
      trx,
      m.id,
      d.questions.map((q) => ({ id: newId(), ...q })),
    );
    // More places (or no limit any more): the people waiting move up, first come first served.
    const promoted: { id: string; account_id: string }[] = [];
    let free = d.capacity === null ? Number.POSITIVE_INFINITY : d.capacity - confirmed;
    while (free > 0 && d.startsAt > now) {
      const next = await firstWaitlisted(trx, m.id);
      if (!next) break;
      await setRegistrationStatus(trx, next.id, "confirmed", now);
      promoted.push(next);
      free--;
    }
    await recountConfirmed(trx, m.id);
    await scheduleReminders(deps, trx, (await findMeetingById(trx, m.id))!);
    await emit(deps, trx, "labs.meeting.changed", {
      labId: lab.id,
      meetingId: m.id,
      version: m.version + 1,
      moved,
    });
    await emitMany(
      deps,
      trx,
      "labs.registration.promoted",
      promoted.map((p) => ({ meetingId: m.id, registrationId: p.id, accountId: p.account_id })),
    );
  });
  const [meeting] = await complete(deps, [(await findMeetingById(deps.db, meetingId))!]);
  return meeting!;
}

/** Cancels a meeting: no more registrations or reminders; everyone registered is told. */
export async function cancelMeeting(deps: Deps, actor: Actor | null, meetingId: string): Promise<Meeting> {
  const lab = await managed(deps, actor, meetingId);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const m = await lockMeeting(trx, meetingId);
    if (!m) throw notFound();
    if (m.status !== "scheduled") throw new MeetingStateError(`labs.edit.not.${m.status}`);
    await updateMeetingRow(trx, m.id, { status: "cancelled", version: m.version + 1, updated_at: now });
    await emit(deps, trx, "labs.meeting.cancelled", { labId: lab.id, meetingId: m.id });
  });
  const [meeting] = await complete(deps, [(await findMeetingById(deps.db, meetingId))!]);
  return meeting!;
}
