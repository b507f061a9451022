// During and after a meeting, for the lab's managers: the attendance list (with the answers to the
// registration questions and who registered whom), check-in with a registration code (typed, or read
// from the participant's QR code), minutes in Markdown with a version check, and closing the meeting
// with the number of attendees and of attending organisations.

import type { Actor } from "../../../platform/auth/index.ts";
import type { Deps } from "../../../platform/deps.ts";
import { AppError, invalid } from "../../../platform/errors.ts";
import { emit } from "../../../platform/events.ts";
import { accountContact, loadActor, organisationById } from "../../identity/index.ts";
import type { Meeting } from "../labs.types.ts";
import { answersOf, attendanceRows, checkIn, registrationByCode } from "../registrations/repo.ts";
import { lockMeeting, saveMinutesIfVersion, updateMeetingRow } from "./repo.ts";
import { getMeeting } from "./service.ts";
import "../events.ts";

/** A refusal shown as a message on the page (`key`), with a stable code for the API. */
export class AttendanceError extends AppError {
  constructor(
    status: number,
    code: string,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(status, code, code);
  }
}

export type AttendanceEntry = {
  id: string;
  accountId: string;
  name: string;
  email: string;
  organisations: string[];
  status: "confirmed" | "waitlisted";
  code: string;
  checkedInAt: Date | null;
  registeredBy: string | null;
  answers: { label: string; answer: string }[];
};

const orgNames = new Map<string, string>();
async function organisationName(deps: Deps, id: string): Promise<string> {
  const cached = orgNames.get(id);
  if (cached) return cached;
  const o = await organisationById(deps, id).catch(() => null);
  const name = o?.name ?? "";
  if (name) orgNames.set(id, name);
  return name;
}

/** Everyone registered (confirmed first, then waiting), with their organisations and answers. */
export async function attendanceOf(deps: Deps, meeting: Meeting): Promise<AttendanceEntry[]> {
  const rows = await attendanceRows(deps.db, meeting.id);
  const answers = await answersOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const out: AttendanceEntry[] = [];
  for (const r of rows) {
    const person = await loadActor(deps, r.account_id);
    const by = r.registered_by ? await accountContact(deps, r.registered_by) : null;
    const orgs = [];
    for (const o of person?.organisations ?? []) orgs.push(await organisationName(deps, o.id));
    out.push({
      id: r.id,
      accountId: r.account_id,
      name: person?.name ?? "",
      email: person?.email ?? "",
      organisations: orgs.filter(Boolean),
      status: r.status as "confirmed" | "waitlisted",
      code: r.code,
      checkedInAt: r.checked_in_at,
      registeredBy: by?.name ?? null,
      answers: meeting.questions
        .map((q) => ({
          label: q.label,
          answer: answers.find((a) => a.registration_id === r.id && a.question_id === q.id)?.answer ?? "",
        }))
        .filter((a) => a.answer),
    });
  }
  return out.sort((a, b) => (a.status === b.status ? 0 : a.status === "confirmed" ? -1 : 1));
}

/** Codes are shown in capitals; people type them as they like. */
export const normaliseCode = (code: string) => code.trim().toUpperCase().replace(/\s+/g, "");

/**
 * Checks in the person holding `code` for this meeting. Refused (with a message) for an unknown code,
 * a person still waiting, or a cancelled or closed meeting; a second check-in says when the first one was.
 */
export async function checkInCode(
  deps: Deps,
  meeting: Meeting,
  rawCode: string,
): Promise<{ name: string; already: Date | null }> {
  const code = normaliseCode(rawCode);
  if (!code) throw invalid([{ field: "code", message: "form.required" }]);
  if (meeting.status === "cancelled")
    throw new AttendanceError(409, "meeting-cancelled", "labs.checkin.cancelled");
  if (meeting.status === "closed") throw new AttendanceError(409, "meeting-closed", "labs.checkin.closed");
  const reg = await registrationByCode(deps.db, meeting.id, code);
  if (!reg || reg.status === "cancelled")
    throw new AttendanceError(404, "unknown-code", "labs.checkin.unknown", { code });
  const who = await accountContact(deps, reg.account_id);
  const name = who?.name ?? code;
  if (reg.status === "waitlisted")
    throw new AttendanceError(409, "waitlisted", "labs.checkin.waitlisted", { name });
  if (reg.checked_in_at) return { name, already: reg.checked_in_at };
  const now = deps.clock.now();
  // The check-in and its event in one transaction: other modules (learning's live sessions) hear of
  // it after commit, and only of the first check-in.
  const done = await deps.db.transaction().execute(async (trx) => {
    const first = await checkIn(trx, reg.id, now);
    if (first)
      await emit(deps, trx, "labs.attendance.recorded", {
        meetingId: meeting.id,
        labId: meeting.labId,
        registrationId: reg.id,
        personId: reg.account_id,
        recordedAt: now.toISOString(),
      });
    return first;
  });
  return { name, already: done ? null : now };
}

/**
 * Saves the minutes if nobody saved since `baseVersion` (the version the editor started from).
 * Otherwise a 409 whose `current` holds what the other person saved, so the page can show both and
 * nothing typed is lost.
 */
export class MinutesConflict extends AppError {
  constructor(readonly current: { minutes: string; version: number }) {
    super(409, "stale-version", "The minutes were changed by someone else since you opened them.");
  }
}

export async function saveMinutes(
  deps: Deps,
  actor: Actor,
  meeting: Meeting,
  input: { minutes: string; baseVersion: number },
): Promise<number> {
  const minutes = input.minutes.replace(/\r\n/g, "\n");
  if (minutes.length > 100_000) throw invalid([{ field: "minutes", message: "labs.errors.minutesTooLong" }]);
  const saved = await saveMinutesIfVersion(deps.db, meeting.id, {
    minutes,
    baseVersion: input.baseVersion,
    by: actor.id,
    now: deps.clock.now(),
  });
  if (saved !== null) return saved;
  const { meeting: now } = await getMeeting(deps, actor, { id: meeting.id });
  throw new MinutesConflict({ minutes: now.minutes ?? "", version: now.minutesVersion });
}

/** Closes a held meeting: counts who checked in and their distinct organisations, and records them. */
export async function closeMeeting(
  deps: Deps,
  meeting: Meeting,
): Promise<{ attendees: number; organisations: number }> {
  if (meeting.status !== "scheduled")
    throw new AttendanceError(409, "meeting-not-open", `labs.edit.not.${meeting.status}`);
  const present = (await attendanceRows(deps.db, meeting.id)).filter((r) => r.checked_in_at);
  const orgs = new Set<string>();
  for (const r of present)
    for (const o of (await loadActor(deps, r.account_id))?.organisations ?? []) orgs.add(o.id);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const m = await lockMeeting(trx, meeting.id);
    if (m?.status !== "scheduled") throw new AttendanceError(409, "meeting-not-open", "labs.edit.not.closed");
    await updateMeetingRow(trx, meeting.id, {
      status: "closed",
      attendees: present.length,
      attending_organisations: orgs.size,
      closed_at: now,
      version: m.version + 1,
      updated_at: now,
    });
  });
  return { attendees: present.length, organisations: orgs.size };
}

/** Who registered for these meetings, with their status and check-in: for other modules' reports. */
export async function presenceOf(
  deps: Deps,
  meetingIds: string[],
): Promise<{ meetingId: string; accountId: string; status: string; checkedInAt: Date | null }[]> {
  const out = [];
  for (const id of meetingIds)
    for (const r of await attendanceRows(deps.db, id))
      out.push({ meetingId: id, accountId: r.account_id, status: r.status, checkedInAt: r.checked_in_at });
  return out;
}
